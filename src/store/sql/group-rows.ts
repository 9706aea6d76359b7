/**
 * Groups query rows by a key, keeping their order within each group.
 *
 * @example
 * groupRows([{ e: 'a' }, { e: 'b' }, { e: 'a' }], (r) => r.e).get('a')?.length // 2
 */
export function groupRows<T>(
  rows: Iterable<T>,
  key: (row: T) => string,
  into = new Map<string, T[]>(),
): Map<string, T[]> {
  for (const row of rows) {
    const k = key(row);
    const list = into.get(k);
    if (list) list.push(row);
    else into.set(k, [row]);
  }
  return into;
}
