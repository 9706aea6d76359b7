import type { SqlConnection, SqlStatement, SqlValue } from './connection.js';

/** The longest list one statement carries; longer lists are asked in parts. */
const MAX_LIST = 512;

/**
 * A query with an `in (…)` list of any length, written once. Lists are padded to a power of
 * two by repeating their last value (which `in` ignores), so a handful of prepared
 * statements serve every length; a list longer than 512 is asked in parts, each part's rows
 * in the query's order. The list's values bind first, then the other parameters, so `text`
 * must place the list before any other `?`. The list must be a condition every row needs:
 * an empty one answers nothing without asking (`in ()` is not SQL PostgreSQL accepts).
 *
 * @example
 * const byKeys = inListQuery<{ entity_id: string }>(conn, (list) => `select entity_id from entity_keys where key in ${list} and entity_kind = ?`);
 * await byKeys(['is', 'isis'], 'organization');
 */
export function inListQuery<R>(conn: SqlConnection, text: (list: string) => string) {
  const byLength = new Map<number, SqlStatement<SqlValue[], R>>();
  const ask = (list: readonly SqlValue[], rest: SqlValue[]): Promise<R[]> => {
    const length = 2 ** Math.ceil(Math.log2(list.length));
    let statement = byLength.get(length);
    if (!statement) {
      statement = conn.prepare<SqlValue[], R>(text(`(${Array.from({ length }, () => '?').join(', ')})`));
      byLength.set(length, statement);
    }
    const padding = Array.from({ length: length - list.length }, () => list[list.length - 1] as SqlValue);
    return statement.all(...list, ...padding, ...rest);
  };
  return async (list: readonly SqlValue[], ...rest: SqlValue[]): Promise<R[]> => {
    const rows: R[] = [];
    for (let i = 0; i < list.length; i += MAX_LIST) rows.push(...(await ask(list.slice(i, i + MAX_LIST), rest)));
    return rows;
  };
}
