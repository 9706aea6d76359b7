import type { Insertable } from 'kysely';
import type { SqlConnection, SqlStatement, SqlValue } from './connection.js';
import type { KbDatabase } from './schema.js';

type Row<T extends keyof KbDatabase> = Insertable<KbDatabase[T]>;

/** The most rows one insert statement carries: well under either dialect's parameter limit. */
const ROWS_PER_STATEMENT = 100;

/**
 * Typed inserts over prepared statements, one row or many at once: a statement per table and
 * number of rows, prepared on first use with the columns of the first row (rows of a table
 * always carry every column, in one order), then reused, its values bound positionally in
 * that order. Kysely would compile each insert anew, and one statement per row would cost a
 * round trip per row; ingest writes hundreds of rows per document.
 *
 * @example
 * const put = rowInserter(conn);
 * await put('event_targets', [{ event_id: 'evt_a_ev-01', position: 0, value: 'police' }]);
 * await put('evidence', { id: 'a@0-9', document_id: 'a', start: 0, end: 9, text: 'Gunmen…' }, 'on conflict do nothing');
 */
export function rowInserter(conn: SqlConnection) {
  const statements = new Map<string, { columns: string[]; statement: SqlStatement<SqlValue[], unknown> }>();
  const insert = (table: string, rows: Record<string, SqlValue>[], onConflict: string) => {
    const key = `${table}|${onConflict}|${rows.length}`;
    let prepared = statements.get(key);
    if (!prepared) {
      const columns = Object.keys(rows[0] as object);
      const values = `(${columns.map(() => '?').join(', ')})`;
      const statement = conn.prepare<SqlValue[]>(
        `insert into ${table} (${columns.map((c) => `"${c}"`).join(', ')}) values ${rows.map(() => values).join(', ')} ${onConflict}`,
      );
      prepared = { columns, statement };
      statements.set(key, prepared);
    }
    const { columns, statement } = prepared;
    return statement.run(...rows.flatMap((row) => columns.map((c) => row[c] ?? null)));
  };
  return async <T extends keyof KbDatabase>(
    table: T,
    rows: Row<T> | readonly Row<T>[],
    onConflict = '',
  ): Promise<void> => {
    const all = (Array.isArray(rows) ? rows : [rows]) as Record<string, SqlValue>[];
    for (let i = 0; i < all.length; i += ROWS_PER_STATEMENT)
      await insert(table, all.slice(i, i + ROWS_PER_STATEMENT), onConflict);
  };
}
