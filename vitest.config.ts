import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The store's suites run on PostgreSQL too, a round trip per statement: a test that ingests
    // the corpus three times takes 10–30 s on a busy two-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A PostgreSQL server for the suites that run on both backends (test/store/backends.ts).
    globalSetup: ['test/support/postgres-server.ts'],
  },
});
