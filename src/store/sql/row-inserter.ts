import type Database from 'better-sqlite3';
import type { Insertable } from 'kysely';
import type { KbDatabase } from './schema.js';

type Row<T extends keyof KbDatabase> = Insertable<KbDatabase[T]>;

/**
 * Typed inserts over prepared statements: one statement per table, prepared on first use
 * with the columns of the row (rows of a table always carry every column), then reused.
 * Kysely would compile each insert anew; ingest writes thousands of rows per document.
 *
 * @example
 * const put = rowInserter(raw);
 * put('event_targets', { event_id: 'evt_a_ev-01', position: 0, value: 'police' });
 */
export function rowInserter(raw: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  return <T extends keyof KbDatabase>(table: T, row: Row<T>, onConflict = ''): void => {
    const key = `${table}|${onConflict}`;
    let statement = statements.get(key);
    if (!statement) {
      const columns = Object.keys(row);
      statement = raw.prepare(
        `insert into ${table} (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')}) ${onConflict}`,
      );
      statements.set(key, statement);
    }
    statement.run(row);
  };
}
