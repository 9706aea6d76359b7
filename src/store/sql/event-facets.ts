import { sql } from 'kysely';
import { EVENT_FACETS, SHOWN_BY_DEFAULT, type EventFacet, type EventFacets, type EventFilter } from '../store.js';
import type { SqlConnection } from './connection.js';
import { FACET_SQL, type ColumnFacet } from './event-facet-columns.js';
import { eventFilterWhere, precomputedFacetsAnswer } from './event-filters.js';

/** The most values a facet lists, the largest first. */
export const FACET_VALUES_MAX = 100;

const COLUMN_FACETS = Object.keys(FACET_SQL) as ColumnFacet[];

interface CountRow {
  facet: string;
  value: string;
  count: number | string;
}

/**
 * Counts the listed events by year, category, subtype, admin-1 region, country, attribution
 * and perpetrator entity, under the same filter as the list. When the filter is at most a
 * category and review statuses the counts come from `event_facet_counts` (kept exact by the
 * triggers of migration 8); otherwise they are counted over the matching events.
 *
 * @example
 * (await eventFacetCounter(conn)({ from: '2016' })).category // [{ value: 'attack', count: 41 }, …]
 */
export function eventFacetCounter(conn: SqlConnection) {
  return async (given: EventFilter = {}): Promise<EventFacets> => {
    const filter = { ...given, reviewStatuses: given.reviewStatuses ?? SHOWN_BY_DEFAULT };
    const rows = precomputedFacetsAnswer(filter) ? await precomputed(conn, filter) : await counted(conn, filter);
    const facets = Object.fromEntries(EVENT_FACETS.map((f) => [f, new Map<string, number>()])) as Record<
      EventFacet,
      Map<string, number>
    >;
    for (const row of rows) {
      const counts = facets[row.facet as EventFacet];
      // PostgreSQL hands counts and sums (bigint) back as strings.
      counts.set(row.value, (counts.get(row.value) ?? 0) + Number(row.count));
    }
    const result = Object.fromEntries(
      EVENT_FACETS.map((facet) => [
        facet,
        [...facets[facet]]
          .filter(([, count]) => count > 0)
          .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
          .slice(0, FACET_VALUES_MAX)
          .map(([value, count]) => ({ value: value === '' ? null : value, count })),
      ]),
    ) as EventFacets;
    await labelPerpetrators(conn, result.perpetrator);
    return result;
  };
}

async function precomputed({ db }: SqlConnection, filter: EventFilter): Promise<CountRow[]> {
  return db
    .selectFrom('event_facet_counts')
    .select(['facet', 'value', (eb) => eb.fn.sum<number | string>('n').as('count')])
    .where('review_status', 'in', [...filter.reviewStatuses!])
    .$if(filter.category !== undefined, (q) => q.where('category', '=', filter.category!))
    .groupBy(['facet', 'value'])
    .execute();
}

// One pass over the matching events counts every column facet at once: rows grouped by the
// combination of their facet values, which are far fewer than the events, then summed per facet.
async function counted({ db, dialect }: SqlConnection, filter: EventFilter): Promise<CountRow[]> {
  const listed = db
    .selectFrom('events as e')
    .innerJoin('incidents as i', 'i.id', 'e.id')
    .where(eventFilterWhere(filter, dialect));
  const columns = COLUMN_FACETS.map((facet) => sql<string>`${sql.raw(FACET_SQL[facet]('e'))}`.as(facet));
  const combinations = await listed
    .select([...columns, (eb) => eb.fn.countAll<number | string>().as('count')])
    .groupBy(COLUMN_FACETS.map((_, i) => sql.lit(i + 1)))
    .execute();
  const rows: CountRow[] = [];
  for (const combination of combinations as (Record<ColumnFacet, string> & { count: number | string })[]) {
    for (const facet of COLUMN_FACETS) rows.push({ facet, value: combination[facet], count: combination.count });
  }
  const perpetrators = await listed
    .innerJoin('event_perpetrators as p', 'p.event_id', 'e.id')
    .where('p.entity_id', 'is not', null)
    .select([
      sql.lit('perpetrator').as('facet'),
      'p.entity_id as value',
      (eb) => eb.fn.countAll<number | string>().as('count'),
    ])
    .groupBy('p.entity_id')
    .execute();
  return [...rows, ...(perpetrators as CountRow[])];
}

/** Names each perpetrator by its first mention's name, as the entity list does. */
async function labelPerpetrators({ db }: SqlConnection, counts: EventFacets['perpetrator']): Promise<void> {
  const ids = counts.map((c) => c.value).filter((v): v is string => v !== null);
  if (ids.length === 0) return;
  const mentions = await db
    .selectFrom('entity_mentions as m')
    .innerJoin('documents as d', 'd.id', 'm.document_id')
    .select(['m.entity_id', 'm.name'])
    .where('m.entity_id', 'in', ids)
    .orderBy('d.ingested_at', 'desc')
    .orderBy('d.id', 'desc')
    .execute();
  // Later rows overwrite earlier ones: the earliest-ingested mention wins.
  const names = new Map(mentions.map((m) => [m.entity_id, m.name]));
  for (const c of counts) if (c.value !== null) c.label = names.get(c.value) ?? c.value;
}
