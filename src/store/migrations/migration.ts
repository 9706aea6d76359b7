import type { Kysely } from 'kysely';

/** The SQL dialects the store runs on. */
export type StoreDialect = 'sqlite' | 'postgres';

/**
 * One versioned schema step. Portable steps (no `dialect`) use kysely's schema builder and
 * run everywhere; a step with a `dialect` holds what only that database has (FTS5, pg_trgm)
 * and shares its version number with the other dialects' counterpart.
 *
 * @example
 * const step: Migration = { version: 1, name: 'core tables', up: async (db) => { await db.schema.createTable('t')... } };
 */
export interface Migration {
  version: number;
  name: string;
  dialect?: StoreDialect;
  // The schema is what the migration builds, so it cannot be typed by it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>): Promise<void>;
}
