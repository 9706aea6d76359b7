import type { SqlConnection, SqlStatement, SqlValue } from './connection.js';

/**
 * A query with an `in (…)` list of any length, written once: one prepared statement per
 * length of list, made when that length first comes up. The list's values bind first,
 * then the other parameters, so `text` must place the list before any other `?`. The list
 * must be a condition every row needs: an empty one answers nothing without asking (and
 * `in ()` is not SQL PostgreSQL accepts).
 *
 * @example
 * const byKeys = inListQuery<{ entity_id: string }>(conn, (list) => `select entity_id from entity_keys where key in ${list} and entity_kind = ?`);
 * await byKeys(['is', 'isis'], 'organization');
 */
export function inListQuery<R>(conn: SqlConnection, text: (list: string) => string) {
  const byLength = new Map<number, SqlStatement<SqlValue[], R>>();
  return async (list: readonly SqlValue[], ...rest: SqlValue[]): Promise<R[]> => {
    if (list.length === 0) return [];
    let statement = byLength.get(list.length);
    if (!statement) {
      statement = conn.prepare<SqlValue[], R>(text(`(${list.map(() => '?').join(', ')})`));
      byLength.set(list.length, statement);
    }
    return statement.all(...list, ...rest);
  };
}
