import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { EventPageQuery, EventRecord, EventSort, Page } from '../store.js';
import type { SqlConnection } from './connection.js';
import { eventFilterWhere } from './event-filters.js';
import { hydrateEvents, selectListedEvents } from './events.js';

type SortField = 'date' | 'killed' | 'injured';

/**
 * Each sort order's key, as indexed by migration 8: a missing date or count sorts lowest.
 * The event id breaks ties, so every row has one place in the order and a cursor is exact.
 */
const SORT_KEYS: Record<SortField, { key: RawBuilder<string | number>; id: 'e.id' | 'i.id' }> = {
  date: { key: sql`coalesce(e.date_start, '')`, id: 'e.id' },
  killed: { key: sql`coalesce(i.killed_min, -1)`, id: 'i.id' },
  injured: { key: sql`coalesce(i.injured_min, -1)`, id: 'i.id' },
};

/**
 * One page of listed events in a server-side order, continuing after `cursor`: keyset
 * pagination over (sort key, id), so a page deep in the list costs what the first one does.
 *
 * @example
 * const first = await eventPager(conn)({ category: 'attack', sort: '-killed', limit: 50 });
 * const second = await eventPager(conn)({ category: 'attack', sort: '-killed', limit: 50, cursor: first.next! });
 */
export function eventPager(conn: SqlConnection) {
  const hydrate = hydrateEvents(conn);
  return async ({ sort = 'date', cursor, limit, ...filter }: EventPageQuery): Promise<Page<EventRecord>> => {
    const descending = sort.startsWith('-');
    const field = sort.replace(/^-/, '') as SortField;
    const { key, id } = SORT_KEYS[field];
    const beyond = sql.raw(descending ? '<' : '>');
    const after = cursor === undefined ? null : decodeCursor(cursor, sort);
    const direction = descending ? 'desc' : 'asc';
    const rows = await selectListedEvents(conn)
      .select(key.as('sort_key'))
      .where(eventFilterWhere(filter, conn.dialect))
      .$if(after !== null, (q) =>
        // Spelled out rather than as a row value, which SQLite does not seek an expression index with.
        q.where(
          sql<SqlBool>`${key} ${beyond}= ${after!.key} and (${key} ${beyond} ${after!.key} or ${sql.ref(id)} ${beyond} ${after!.id})`,
        ),
      )
      .orderBy(key, direction)
      .orderBy(id, direction)
      .limit(limit + 1)
      .execute();
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const last = page.at(-1);
    return {
      items: await hydrate(page),
      next: more && last ? encodeCursor({ sort: sort satisfies EventSort, key: last.sort_key, id: last.id }) : null,
    };
  };
}
