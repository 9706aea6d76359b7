import { sql } from 'kysely';
import { EVENT_FACETS, SHOWN_BY_DEFAULT, type EventFacet, type EventFacets, type EventFilter } from '../store.js';
import { displayNameReader } from './entity-display-names.js';
import type { SqlConnection } from './connection.js';
import { FACET_SQL, type ColumnFacet } from './event-facet-columns.js';
import { eventFilterWhere, precomputedFacetsAnswer, wholeYears, type EventFilterOptions } from './event-filters.js';

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
 * triggers of migration 8); with a place besides, from `event_place_facet_counts` (migration
 * 11) and the events the place matches otherwise; with whole years besides, from
 * `event_year_facet_counts` and the events spanning years; any other filter is counted over
 * the matching events.
 *
 * @example
 * (await eventFacetCounter(conn)({ from: '2016' })).category // [{ value: 'attack', count: 41 }, …]
 */
export function eventFacetCounter(conn: SqlConnection) {
  return async (given: EventFilter = {}): Promise<EventFacets> => {
    const filter = { ...given, reviewStatuses: given.reviewStatuses ?? SHOWN_BY_DEFAULT };
    const years = wholeYears(filter);
    const rows = precomputedFacetsAnswer(filter)
      ? await precomputed(conn, filter)
      : precomputedFacetsAnswer({ ...filter, place: undefined })
        ? await ofPlace(conn, filter)
        : years !== null && precomputedFacetsAnswer({ ...filter, from: undefined, to: undefined })
          ? await ofYears(conn, filter, years)
          : await counted(conn, filter);
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

/**
 * Facets of a place (with at most a category and review statuses): the counts of whichever of
 * the region or the country of that name holds more events, plus the events the place matches
 * otherwise (by name, alias or the other kind), counted.
 */
async function ofPlace(conn: SqlConnection, filter: EventFilter): Promise<CountRow[]> {
  const counts = conn.db
    .selectFrom('event_place_facet_counts')
    .where('place', '=', sql<string>`lower(${filter.place!})`)
    .where('review_status', 'in', [...filter.reviewStatuses!])
    .$if(filter.category !== undefined, (q) => q.where('category', '=', filter.category!));
  const sizes = await counts
    .select(['place_kind', (eb) => eb.fn.sum<number | string>('n').as('count')])
    .where('facet', '=', 'category')
    .groupBy('place_kind')
    .orderBy('count', 'desc')
    .execute();
  const largest = sizes[0]?.place_kind;
  if (largest === undefined) return counted(conn, filter);
  const stored = await counts
    .select(['facet', 'value', (eb) => eb.fn.sum<number | string>('n').as('count')])
    .where('place_kind', '=', largest)
    .groupBy(['facet', 'value'])
    .execute();
  return [...stored, ...(await counted(conn, filter, { placeBesides: largest }))];
}

/** Facets of whole years (with at most a category and review statuses): the counts of those years, plus the events spanning years, counted. */
async function ofYears(
  conn: SqlConnection,
  filter: EventFilter,
  { first, last }: { first: string | null; last: string | null },
): Promise<CountRow[]> {
  const stored = await conn.db
    .selectFrom('event_year_facet_counts')
    .select(['facet', 'value', (eb) => eb.fn.sum<number | string>('n').as('count')])
    .where('review_status', 'in', [...filter.reviewStatuses!])
    .$if(filter.category !== undefined, (q) => q.where('category', '=', filter.category!))
    .$if(first !== null, (q) => q.where('year', '>=', first!))
    .$if(last !== null, (q) => q.where('year', '<=', last!))
    .groupBy(['facet', 'value'])
    .execute();
  return [...stored, ...(await counted(conn, filter, { spanningOnly: true }))];
}

// One pass over the matching events counts every facet at once: the events are read once into
// a materialized table, grouped by the combination of their column values (far fewer than the
// events) and, apart, by perpetrator; the combinations are then summed per facet.
async function counted(
  { db, dialect }: SqlConnection,
  filter: EventFilter,
  options?: EventFilterOptions,
): Promise<CountRow[]> {
  const columns = COLUMN_FACETS.map((facet) => sql<string>`${sql.raw(FACET_SQL[facet]('e'))}`.as(facet));
  const combinations = await db
    .with(
      (cte) => cte('matched').materialized(),
      (q) =>
        q
          .selectFrom('events as e')
          .innerJoin('incidents as i', 'i.id', 'e.id')
          .where(eventFilterWhere(filter, dialect, options))
          .select(['e.id', ...columns]),
    )
    .selectFrom('matched')
    .select([
      ...COLUMN_FACETS.map((facet) => sql.ref<string | null>(facet).as(facet)),
      sql<string | null>`null`.as('perpetrator'),
      (eb) => eb.fn.countAll<number | string>().as('count'),
    ])
    .groupBy(COLUMN_FACETS.map((_, i) => sql.lit(i + 1)))
    .unionAll((eb) =>
      eb
        // A cross join reads the few matched events first and their perpetrators by event.
        .selectFrom(['matched as m'])
        .crossJoin('event_perpetrators as p')
        .whereRef('p.event_id', '=', 'm.id')
        .select([
          ...COLUMN_FACETS.map((facet) => sql<string | null>`null`.as(facet)),
          'p.entity_id as perpetrator',
          (eb) => eb.fn.countAll<number | string>().as('count'),
        ])
        .groupBy('p.entity_id'),
    )
    .execute();
  const rows: CountRow[] = [];
  for (const combination of combinations as (Record<EventFacet, string | null> & { count: number | string })[]) {
    if (combination.perpetrator !== null) {
      rows.push({ facet: 'perpetrator', value: combination.perpetrator, count: combination.count });
    } else if (combination.year !== null) {
      for (const facet of COLUMN_FACETS) rows.push({ facet, value: combination[facet]!, count: combination.count });
    }
  }
  return rows;
}

/** Names each perpetrator as the entity list does. */
async function labelPerpetrators(conn: SqlConnection, counts: EventFacets['perpetrator']): Promise<void> {
  const names = await displayNameReader(conn)(counts.map((c) => c.value).filter((v): v is string => v !== null));
  for (const c of counts) if (c.value !== null) c.label = names.get(c.value) ?? c.value;
}
