import { countBounds, edtfRange, normalizeName, type Count, type Event } from '../../model/index.js';
import type { Insertable } from 'kysely';
import { incidentRow } from './incident-row.js';
import type { KbDatabase } from './schema.js';

/** The rows one extracted event becomes. */
export interface EventRows {
  event: Insertable<KbDatabase['events']>;
  /** The event as its own incident, until resolution finds other reports of it. */
  incident: KbDatabase['incidents'];
  perpetrators: KbDatabase['event_perpetrators'][];
  targets: KbDatabase['event_targets'][];
  weapons: KbDatabase['event_weapons'][];
  citations: KbDatabase['event_sources'][];
  locationAliases: KbDatabase['event_location_aliases'][];
}

/** What the rows need from the ingest: ids it assigns. */
export interface EventRowContext {
  /** The event's stable id (`evt_<document>_<local id>`, or the id a re-ingest kept). */
  id: string;
  documentId: string;
  evidenceId: string;
  /** The stored source a citation label resolves to, or null. */
  sourceId: (label: string) => string | null;
}

/** Min and max of a count; both null when the text says nothing. */
const bounds = (count: Count | undefined) => (count === undefined ? [null, null] : countBounds(count));

/** An event's date and counts as the columns that store them. */
export type DatedCountColumns = Pick<
  KbDatabase['events'],
  | 'date'
  | 'date_start'
  | 'date_end'
  | 'date_precision'
  | 'killed_min'
  | 'killed_max'
  | 'killed_perpetrators_min'
  | 'killed_perpetrators_max'
  | 'injured_min'
  | 'injured_max'
>;

/**
 * The stored form of an event's EDTF date (with the day bounds and precision it covers, for
 * filtering) and its counts (min/max columns), for ingest and for an editor's correction alike.
 *
 * @example
 * datedCountColumns({ date: '2018-02', killed: { min: 5, max: 6 } }) // { date_start: '2018-02-01', date_end: '2018-02-28', killed_min: 5, killed_max: 6, … }
 */
export function datedCountColumns(e: {
  date: string;
  killed?: Count | null;
  killed_perpetrators?: Count | null;
  injured?: Count | null;
}): DatedCountColumns {
  const range = edtfRange(e.date);
  const [killedMin, killedMax] = bounds(e.killed ?? undefined);
  const [perpetratorsMin, perpetratorsMax] = bounds(e.killed_perpetrators ?? undefined);
  const [injuredMin, injuredMax] = bounds(e.injured ?? undefined);
  return {
    date: e.date,
    date_start: range?.start ?? null,
    date_end: range?.end ?? null,
    date_precision: range?.precision ?? 'year',
    killed_min: killedMin,
    killed_max: killedMax,
    killed_perpetrators_min: perpetratorsMin,
    killed_perpetrators_max: perpetratorsMax,
    injured_min: injuredMin,
    injured_max: injuredMax,
  };
}

/**
 * Flattens an extracted event into table rows: the EDTF date with the day bounds and
 * precision it covers (for filtering), counts as min/max columns, lists as ordered child
 * rows. Entity links are left to the relinking pass. Pure.
 *
 * @example
 * eventRows(kizlyar, ctx).event // { date: '2018-02-18', date_start: '2018-02-18', killed_min: 6, killed_max: 6, … }
 */
export function eventRows(e: Event, ctx: EventRowContext): EventRows {
  const { id } = ctx;
  const columns = datedCountColumns(e);
  return {
    event: {
      id,
      document_id: ctx.documentId,
      ...columns,
      category: e.category,
      subtype: e.subtype,
      summary: e.summary,
      location_name: e.location.name,
      location_admin1: e.location.admin1 ?? null,
      location_country: e.location.country,
      location_precision: e.location.precision,
      lat: e.location.lat ?? null,
      lon: e.location.lon ?? null,
      attribution: e.attribution,
      citation_needed: e.citation_needed ? 1 : 0,
      evidence_id: ctx.evidenceId,
      incident_id: id,
    },
    incident: incidentRow(id, [{ document_id: ctx.documentId, ...columns }]),
    perpetrators: e.perpetrators.map((name, position) => ({
      event_id: id,
      position,
      name,
      name_key: normalizeName(name),
      entity_id: null,
    })),
    targets: e.targets.map((value, position) => ({ event_id: id, position, value })),
    weapons: e.weapons.map((value, position) => ({ event_id: id, position, value })),
    citations: e.citations.map((label, position) => ({
      event_id: id,
      position,
      label,
      source_id: ctx.sourceId(label),
    })),
    locationAliases: (e.location.aliases ?? []).map((alias, position) => ({ event_id: id, position, alias })),
  };
}
