import type { Insertable } from 'kysely';
import type { SqlConnection, SqlStatement, SqlValue } from './connection.js';
import type { KbDatabase } from './schema.js';

type Row<T extends keyof KbDatabase> = Insertable<KbDatabase[T]>;

/**
 * Typed inserts over prepared statements: one statement per table, prepared on first use
 * with the columns of the row (rows of a table always carry every column, in one order),
 * then reused, its values bound positionally in that order. Kysely would compile each
 * insert anew; ingest writes thousands of rows per document.
 *
 * @example
 * const put = rowInserter(conn);
 * await put('event_targets', { event_id: 'evt_a_ev-01', position: 0, value: 'police' });
 */
export function rowInserter(conn: SqlConnection) {
  const statements = new Map<string, { columns: string[]; statement: SqlStatement<SqlValue[], unknown> }>();
  return async <T extends keyof KbDatabase>(table: T, row: Row<T>, onConflict = ''): Promise<void> => {
    const key = `${table}|${onConflict}`;
    let insert = statements.get(key);
    if (!insert) {
      const columns = Object.keys(row);
      const statement = conn.prepare<SqlValue[]>(
        `insert into ${table} (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')}) ${onConflict}`,
      );
      insert = { columns, statement };
      statements.set(key, insert);
    }
    const values = row as Record<string, SqlValue>;
    await insert.statement.run(...insert.columns.map((c) => values[c] ?? null));
  };
}
