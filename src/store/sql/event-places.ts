import { sql } from 'kysely';
import { EVENT_CATEGORIES, type EventCategory, type LocationPrecision } from '../../model/index.js';
import type { EventFilter, EventPlace, EventPlaces } from '../store.js';
import type { SqlConnection } from './connection.js';
import { eventFilterWhere } from './event-filters.js';

// PostgreSQL hands counts and sums (bigint) back as strings.
type Counted = number | string;

/** The most places an answer lists; the events of the others are counted together. */
export const EVENT_PLACES_MAX = 2000;

/**
 * Gathers the listed events (one per incident, as the list shows them) by their coordinates, in
 * the database: each place with its count per category and the dead its incidents count at most,
 * the busiest 2,000 first; the events at the places beyond those, and those without coordinates,
 * are counted. A map draws every event of a filter this way, however many there are, instead of
 * one page of them.
 *
 * @example
 * (await eventPlaceCounter(conn)({ category: 'attack' })).places[0] // { name: 'Nazran', events: 12, killed: 30, … }
 */
export function eventPlaceCounter({ db, dialect }: SqlConnection) {
  return async (filter: EventFilter = {}): Promise<EventPlaces> => {
    const perCategory = EVENT_CATEGORIES.map((category) =>
      sql<Counted>`sum(case when e.category = ${category} then 1 else 0 end)`.as(`n_${category}`),
    );
    const listed = () =>
      db.selectFrom('events as e').innerJoin('incidents as i', 'i.id', 'e.id').where(eventFilterWhere(filter, dialect));
    const totals = await listed()
      .select([
        (eb) => eb.fn.countAll<Counted>().as('events'),
        sql<Counted>`sum(case when e.lat is null or e.lon is null then 1 else 0 end)`.as('unplaced'),
      ])
      .executeTakeFirstOrThrow();
    const rows = await listed()
      .where('e.lat', 'is not', null)
      .where('e.lon', 'is not', null)
      .select([
        'e.lat',
        'e.lon',
        (eb) => eb.fn.min('e.location_name').as('name'),
        (eb) => eb.fn.min('e.location_admin1').as('admin1'),
        (eb) => eb.fn.min('e.location_country').as('country'),
        (eb) => eb.fn.min('e.location_precision').as('precision'),
        (eb) => eb.fn.countAll<Counted>().as('events'),
        sql<Counted>`sum(coalesce(i.killed_max, i.killed_min, 0))`.as('killed'),
        ...perCategory,
      ])
      .groupBy(['e.lat', 'e.lon'])
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('killed', 'desc')
      .orderBy('name')
      .limit(EVENT_PLACES_MAX)
      .execute();
    const places = (rows as (Record<string, unknown> & (typeof rows)[number])[]).map((r): EventPlace => ({
      lat: r.lat!,
      lon: r.lon!,
      name: r.name,
      admin1: r.admin1,
      country: r.country,
      precision: r.precision as LocationPrecision,
      events: Number(r.events),
      categories: Object.fromEntries(EVENT_CATEGORIES.map((c) => [c, Number(r[`n_${c}`])])) as Record<
        EventCategory,
        number
      >,
      killed: Number(r.killed),
    }));
    const unplaced = Number(totals.unplaced ?? 0);
    const elsewhere = Number(totals.events) - unplaced - places.reduce((n, p) => n + p.events, 0);
    return { places, elsewhere, unplaced };
  };
}
