import { z } from 'zod';

interface JsonSchemaNode {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
}

/**
 * The CSV columns of a list item: the dotted paths of its schema's fields, nested objects
 * spread into their own columns (`location.name`, `location.lat`).
 *
 * @example
 * csvColumns(z.object({ id: z.string(), location: z.object({ name: z.string() }) })) // ['id', 'location.name']
 */
export function csvColumns(item: z.ZodType): string[] {
  const walk = (node: JsonSchemaNode, prefix: string): string[] =>
    node.type === 'object' && node.properties
      ? Object.entries(node.properties).flatMap(([key, child]) => walk(child, `${prefix}${key}.`))
      : [prefix.slice(0, -1)];
  return walk(z.toJSONSchema(item, { io: 'output', unrepresentable: 'any' }) as JsonSchemaNode, '');
}

/** A cell: lists of plain values joined by "; ", other structures as JSON, null empty. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.join('; ');
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const at = (item: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], item);

/**
 * Items as RFC 4180 CSV under a header row, one column per `csvColumns` path.
 *
 * @example
 * toCsv([{ id: 'a', tags: ['x', 'y'] }], ['id', 'tags']) // 'id,tags\r\na,x; y\r\n'
 */
export function toCsv(items: readonly unknown[], columns: readonly string[]): string {
  const lines = [columns.map(cell).join(','), ...items.map((item) => columns.map((c) => cell(at(item, c))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
