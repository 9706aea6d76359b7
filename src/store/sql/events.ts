import {
  countFromBounds,
  type Attribution,
  type Count,
  type EventCategory,
  type LocationPrecision,
  type ReviewStatus,
} from '../../model/index.js';
import type { EventFilter, EventRecord, EventReport } from '../store.js';
import type { SqlConnection } from './connection.js';
import { eventFilterWhere } from './event-filters.js';
import { groupRows } from './group-rows.js';

/** Keeps `in (…)` lists under SQLite's parameter limit. */
const CHUNK = 500;

const count = (min: number | null, max: number | null): Count | null =>
  min === null ? null : countFromBounds(min, max);

/**
 * The listed events (one row per incident, keyed by its representative report) with the
 * columns `hydrateEvents` reads: the event row, its evidence and the incident's combined figures.
 *
 * @example
 * await selectListedEvents(conn).where(eventFilterWhere({ category: 'attack' }, conn.dialect)).limit(10).execute()
 */
export function selectListedEvents({ db }: SqlConnection) {
  return db
    .selectFrom('events as e')
    .innerJoin('incidents as i', 'i.id', 'e.id')
    .innerJoin('evidence as ev', 'ev.id', 'e.evidence_id')
    .selectAll('e')
    .select(['ev.text as ev_text', 'ev.start as ev_start', 'ev.end as ev_end'])
    .select([
      'i.killed_min as incident_killed_min',
      'i.killed_max as incident_killed_max',
      'i.injured_min as incident_injured_min',
      'i.injured_max as incident_injured_max',
    ]);
}

/** A row of `selectListedEvents`. */
export type ListedEventRow = Awaited<ReturnType<ReturnType<typeof selectListedEvents>['execute']>>[number];

/**
 * Reads events, earliest first, under an `EventFilter` (see `eventFilterWhere`); `id` finds
 * the incident any of its reports belongs to.
 *
 * @example
 * await eventLister(conn)({ entityId: 'org_islamic-state-caucasus-province', from: '2016', to: '2016' })
 */
export function eventLister(conn: SqlConnection) {
  const hydrate = hydrateEvents(conn);
  return async (filter: EventFilter & { id?: string } = {}): Promise<EventRecord[]> => {
    const rows = await selectListedEvents(conn)
      .where(eventFilterWhere(filter, conn.dialect))
      // Any report's id finds the incident it belongs to.
      .$if(filter.id !== undefined, (q) =>
        q.where('e.id', '=', (eb) =>
          eb
            .selectFrom('events as r')
            .select('r.incident_id')
            .where('r.id', '=', filter.id as string),
        ),
      )
      .orderBy((eb) => eb.case().when('e.date_start', 'is', null).then(0).else(1).end())
      .orderBy('e.date_start')
      .orderBy('e.date_end')
      .orderBy('e.id')
      .$if(filter.limit !== undefined, (q) => q.limit(filter.limit as number))
      .execute();
    return hydrate(rows);
  };
}

/**
 * Turns listed event rows into records, fetching their reports, perpetrators, targets,
 * weapons, citations and place aliases a chunk of ids at a time.
 *
 * @example
 * const records = await hydrateEvents(conn)(await selectListedEvents(conn).limit(100).execute());
 */
export function hydrateEvents({ db }: SqlConnection) {
  return async (rows: ListedEventRow[]): Promise<EventRecord[]> => {
    const ids = rows.map((r) => r.id);
    const reports = await children(ids, (chunk) =>
      db
        .selectFrom('events as e')
        .innerJoin('evidence as ev', 'ev.id', 'e.evidence_id')
        .select([
          'e.id',
          'e.incident_id as event_id',
          'e.document_id',
          'e.date',
          'e.killed_min',
          'e.killed_max',
          'e.killed_perpetrators_min',
          'e.killed_perpetrators_max',
          'e.injured_min',
          'e.injured_max',
          'e.attribution',
          'ev.text as ev_text',
          'ev.start as ev_start',
          'ev.end as ev_end',
        ])
        .where('e.incident_id', 'in', chunk)
        .orderBy('e.id')
        .execute(),
    );
    const reportCitations = await children(
      rows.flatMap((r) => (reports.get(r.id) ?? []).map((report) => report.id)),
      (chunk) =>
        db
          .selectFrom('event_sources')
          .select(['event_id', 'label'])
          .where('event_id', 'in', chunk)
          .orderBy('position')
          .execute(),
    );
    const perpetrators = await children(ids, (chunk) =>
      db
        .selectFrom('event_perpetrators')
        .select(['event_id', 'name', 'entity_id'])
        .where('event_id', 'in', chunk)
        .orderBy('position')
        .execute(),
    );
    const targets = await children(ids, (chunk) =>
      db
        .selectFrom('event_targets')
        .select(['event_id', 'value'])
        .where('event_id', 'in', chunk)
        .orderBy('position')
        .execute(),
    );
    const weapons = await children(ids, (chunk) =>
      db
        .selectFrom('event_weapons')
        .select(['event_id', 'value'])
        .where('event_id', 'in', chunk)
        .orderBy('position')
        .execute(),
    );
    const citations = await children(ids, (chunk) =>
      db
        .selectFrom('event_sources')
        .select(['event_id', 'label'])
        .where('event_id', 'in', chunk)
        .orderBy('position')
        .execute(),
    );

    const locationAliases = await children(ids, (chunk) =>
      db
        .selectFrom('event_location_aliases')
        .select(['event_id', 'alias'])
        .where('event_id', 'in', chunk)
        .orderBy('position')
        .execute(),
    );

    return rows.map((r) => ({
      id: r.id,
      incidentId: r.incident_id,
      reviewStatus: r.review_status as ReviewStatus,
      reports: (reports.get(r.id) ?? [])
        .sort((a, b) => Number(b.id === r.id) - Number(a.id === r.id))
        .map((report): EventReport => ({
          eventId: report.id,
          documentId: report.document_id,
          date: report.date,
          killed: count(report.killed_min, report.killed_max),
          killedPerpetrators: count(report.killed_perpetrators_min, report.killed_perpetrators_max),
          injured: count(report.injured_min, report.injured_max),
          attribution: report.attribution as Attribution,
          evidence: { text: report.ev_text, start: report.ev_start, end: report.ev_end },
          citations: (reportCitations.get(report.id) ?? []).map((c) => c.label),
        })),
      documentId: r.document_id,
      date: r.date,
      dateStart: r.date_start,
      dateEnd: r.date_end,
      category: r.category as EventCategory,
      subtype: r.subtype,
      summary: r.summary,
      location: {
        name: r.location_name,
        admin1: r.location_admin1,
        country: r.location_country,
        precision: r.location_precision as LocationPrecision,
        lat: r.lat,
        lon: r.lon,
        aliases: (locationAliases.get(r.id) ?? []).map((a) => a.alias),
      },
      killed: count(r.incident_killed_min, r.incident_killed_max),
      killedPerpetrators: count(r.killed_perpetrators_min, r.killed_perpetrators_max),
      injured: count(r.incident_injured_min, r.incident_injured_max),
      perpetrators: (perpetrators.get(r.id) ?? []).map((p) => ({ name: p.name, entityId: p.entity_id })),
      attribution: r.attribution as Attribution,
      targets: (targets.get(r.id) ?? []).map((t) => t.value),
      weapons: (weapons.get(r.id) ?? []).map((w) => w.value),
      evidence: { text: r.ev_text, start: r.ev_start, end: r.ev_end },
      citations: (citations.get(r.id) ?? []).map((c) => c.label),
      citationNeeded: r.citation_needed === 1,
    }));
  };
}

/** Child rows of the given events, grouped by event, fetched a chunk of ids at a time. */
async function children<T extends { event_id: string }>(
  ids: string[],
  fetch: (chunk: string[]) => Promise<T[]>,
): Promise<Map<string, T[]>> {
  const groups = new Map<string, T[]>();
  for (let i = 0; i < ids.length; i += CHUNK)
    groupRows(await fetch(ids.slice(i, i + CHUNK)), (r) => r.event_id, groups);
  return groups;
}
