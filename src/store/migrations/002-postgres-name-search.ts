import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration.js';

/**
 * PostgreSQL only: pg_trgm's GIN indexes over the names' keys, the counterpart of SQLite's
 * FTS5 trigram table. Trigrams find substrings and misspellings in any script without a word
 * list; the index follows `names` by itself, so no trigger keeps it. A byte-order index on
 * the ASCII key serves prefix lookups whatever collation the database was created with.
 *
 * @example
 * // select id from names where ascii_key % 'kavkaz' or ascii_key like '%kavkaz%'
 */
export const postgresNameSearch: Migration = {
  version: 2,
  name: 'name search (pg_trgm)',
  dialect: 'postgres',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    // pg_trgm is a trusted extension: a database owner may create it without being superuser.
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index names_normalized_trgm on names using gin (normalized gin_trgm_ops)`.execute(db);
    await sql`create index names_ascii_key_trgm on names using gin (ascii_key gin_trgm_ops)`.execute(db);
    await sql`create index names_ascii_key_bytes on names (ascii_key collate "C")`.execute(db);
  },
};
