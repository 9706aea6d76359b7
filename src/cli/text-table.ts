/**
 * Lays rows out in aligned columns for a terminal; the last column is never padded, so long
 * names do not leave trailing spaces.
 *
 * @example
 * renderTable(['ID', 'NAME'], [['org_1', 'IS-CP']]) // 'ID     NAME\norg_1  IS-CP\n'
 */
export function renderTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return all.map((row) => `${line(row)}\n`).join('');
}
