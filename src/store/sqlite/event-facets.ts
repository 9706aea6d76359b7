import { sql, type Kysely } from 'kysely';
import {
  EVENT_FACETS,
  SHOWN_BY_DEFAULT,
  type EventFacet,
  type EventFacets,
  type EventFilter,
  type FacetCount,
} from '../store.js';
import { FACET_SQL, type ColumnFacet } from './event-facet-columns.js';
import { eventFilterWhere, narrowsEvents } from './event-filters.js';
import type { KbDatabase } from './schema.js';

/** The most values a facet lists, the largest first. */
export const FACET_VALUES_MAX = 100;

const COLUMN_FACETS = Object.keys(FACET_SQL) as ColumnFacet[];

interface CountRow {
  facet: string;
  value: string;
  count: number;
}

/**
 * Counts the listed events by year, category, subtype, admin-1 region, country, attribution
 * and perpetrator entity, under the same filter as the list. Without a narrowing filter the
 * counts come from `event_facet_counts` (kept exact by the triggers of migration 8); with one
 * they are counted over the matching events.
 *
 * @example
 * (await sqliteEventFacets(db)({ from: '2016' })).category // [{ value: 'attack', count: 41 }, …]
 */
export function sqliteEventFacets(db: Kysely<KbDatabase>) {
  return async (filter: EventFilter = {}): Promise<EventFacets> => {
    const rows = narrowsEvents(filter) ? await counted(db, filter) : await precomputed(db, filter);
    const facets = Object.fromEntries(EVENT_FACETS.map((f) => [f, [] as FacetCount[]])) as EventFacets;
    for (const row of rows) {
      const list = facets[row.facet as EventFacet];
      if (list.length < FACET_VALUES_MAX) list.push({ value: row.value === '' ? null : row.value, count: row.count });
    }
    await labelPerpetrators(db, facets.perpetrator);
    return facets;
  };
}

async function precomputed(db: Kysely<KbDatabase>, filter: EventFilter): Promise<CountRow[]> {
  const statuses = [...(filter.reviewStatuses ?? SHOWN_BY_DEFAULT)];
  const { rows } = await sql<CountRow>`select facet, value, sum(n) as count from event_facet_counts
    where review_status in (${sql.join(statuses)}) group by facet, value having sum(n) > 0
    order by facet, count desc, value`.execute(db);
  return rows;
}

async function counted(db: Kysely<KbDatabase>, filter: EventFilter): Promise<CountRow[]> {
  const listed = db
    .selectFrom('events as e')
    .innerJoin('incidents as i', 'i.id', 'e.id')
    .where(eventFilterWhere({ ...filter, reviewStatuses: filter.reviewStatuses ?? SHOWN_BY_DEFAULT }));
  const rows: CountRow[] = [];
  for (const facet of COLUMN_FACETS) {
    const value = sql<string>`${sql.raw(FACET_SQL[facet]('e'))}`;
    const counts = await listed
      .select([sql.lit(facet).as('facet'), value.as('value'), (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy(value)
      .orderBy('count', 'desc')
      .orderBy(value)
      .execute();
    rows.push(...(counts as CountRow[]));
  }
  const perpetrators = await listed
    .innerJoin('event_perpetrators as p', 'p.event_id', 'e.id')
    .where('p.entity_id', 'is not', null)
    .select([sql.lit('perpetrator').as('facet'), 'p.entity_id as value', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('p.entity_id')
    .orderBy('count', 'desc')
    .orderBy('p.entity_id')
    .execute();
  rows.push(...(perpetrators as CountRow[]));
  return rows;
}

/** Names each perpetrator by its first mention's name, as the entity list does. */
async function labelPerpetrators(db: Kysely<KbDatabase>, counts: FacetCount[]): Promise<void> {
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
