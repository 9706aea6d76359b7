import { decodeCursor, encodeCursor } from '../store/cursor.js';
import type { Page } from '../store/store.js';

/** How a list sorts: the key of each item in the order named `sort` (`-` for descending). */
export interface InMemoryOrder<T> {
  sort: string;
  key: (item: T) => string | number;
  id: (item: T) => string;
}

/**
 * A page of an in-memory list (the lists that grow with documents, not with events), sorted
 * and cut with the same cursors the event list uses: a cursor is the last item's (key, id).
 *
 * @example
 * pageOf(entities, { sort: 'name', key: (e) => e.name, id: (e) => e.id }, { limit: 50 })
 */
export function pageOf<T>(
  items: readonly T[],
  { sort, key, id }: InMemoryOrder<T>,
  { limit, cursor }: { limit: number; cursor?: string },
): Page<T> {
  const sign = sort.startsWith('-') ? -1 : 1;
  // Ascending by key then id, reversed for `-`: the same total order a cursor resumes in.
  const compare = (a: [string | number, string], b: [string | number, string]) => {
    const [ka, kb] = [a[0], b[0]];
    const byKey = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb));
    return sign * (byKey || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  };
  const sorted = [...items].sort((a, b) => compare([key(a), id(a)], [key(b), id(b)]));
  const after = cursor === undefined ? null : decodeCursor(cursor, sort);
  const rest =
    after === null ? sorted : sorted.filter((item) => compare([key(item), id(item)], [after.key, after.id]) > 0);
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page,
    next: rest.length > limit && last ? encodeCursor({ sort, key: key(last), id: id(last) }) : null,
  };
}
