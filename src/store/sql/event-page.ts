import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { EventPageQuery, EventRecord, EventSort, Page } from '../store.js';
import type { SqlConnection } from './connection.js';
import { dateParts, eventFilterWhere } from './event-filters.js';
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
 * A date order under a `from` filter reads its two parts (see `dateParts`) apart: the
 * spanning events all sort before the others, so the page is one part followed by the other.
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
    // The page's keys first, then its rows: a filter whose matches are sorted (a group, a
    // place) sorts ids and keys, not every match's whole row and evidence.
    const read = (part?: Expression<SqlBool>) =>
      conn.db
        .selectFrom('events as e')
        .innerJoin('incidents as i', 'i.id', 'e.id')
        .select(['e.id', key.as('sort_key')])
        .where(eventFilterWhere(filter, conn.dialect))
        .$if(part !== undefined, (q) => q.where(part!))
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
    const parts = field === 'date' ? dateParts(filter) : null;
    const [later, spanning] = parts === null ? [await read(), []] : [await read(parts[0]), await read(parts[1])];
    const keys = (descending ? [...later, ...spanning] : [...spanning, ...later]).slice(0, limit + 1);
    const more = keys.length > limit;
    const page = more ? keys.slice(0, limit) : keys;
    const last = page.at(-1);
    const rows =
      page.length === 0
        ? []
        : await selectListedEvents(conn)
            .where(
              'e.id',
              'in',
              page.map((k) => k.id),
            )
            .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return {
      items: await hydrate(page.map((k) => byId.get(k.id)!)),
      next: more && last ? encodeCursor({ sort: sort satisfies EventSort, key: last.sort_key, id: last.id }) : null,
    };
  };
}
