import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A PostgreSQL server for the suites that run on both backends (test/store/backends.ts).
    globalSetup: ['test/support/postgres-server.ts'],
  },
});
