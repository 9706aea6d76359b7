import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration.js';

/**
 * SQLite only: an FTS5 trigram index over the names' keys, kept in step with `names` by
 * triggers. Trigrams find substrings and misspellings in any script without a word list;
 * PostgreSQL gets the same from pg_trgm in its own step 2.
 *
 * @example
 * // select rowid from names_fts where names_fts match 'ascii_key : "kavkaz"'
 */
export const sqliteNameSearch: Migration = {
  version: 2,
  name: 'name search (FTS5 trigram)',
  dialect: 'sqlite',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await sql`create virtual table names_fts using fts5(normalized, ascii_key, content='names', content_rowid='id', tokenize='trigram')`.execute(
      db,
    );
    await sql`create trigger names_fts_insert after insert on names begin
      insert into names_fts(rowid, normalized, ascii_key) values (new.id, new.normalized, new.ascii_key);
    end`.execute(db);
    await sql`create trigger names_fts_delete after delete on names begin
      insert into names_fts(names_fts, rowid, normalized, ascii_key) values ('delete', old.id, old.normalized, old.ascii_key);
    end`.execute(db);
  },
};
