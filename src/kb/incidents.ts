import { asciiKey, edtfRange, type DatePrecision } from '../model/index.js';
import type { EventLocation, EventRecord } from '../store/store.js';

/** What deciding "the same incident" needs to know of one document's report. */
export interface IncidentReport {
  id: string;
  documentId: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  category: string;
  subtype: string;
  location: Omit<EventLocation, 'country'>;
  /** Normalized perpetrator names with the entity each resolved to. */
  perpetrators: { key: string; entityId: string | null }[];
}

/** Reports within this distance, both placed to a town or district, are at the same place. */
export const SAME_PLACE_KM = 25;
const FINER_DATE: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
const PLACED = new Set(['exact', 'district']);

const placeKeys = (l: IncidentReport['location']) => new Set([l.name, ...l.aliases].map(asciiKey));

/** Great-circle distance in km. */
function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Whether two report locations are one place: a shared name or alias (by ASCII key, so
 * `Грозный` meets `Groznyy`), two geocoded towns within 25 km, or a region-level report
 * and a town report inside that admin-1 region.
 *
 * @example
 * samePlace({ name: 'Dagestan', admin1: null, precision: 'admin1', … }, { name: 'Derbent', admin1: 'Dagestan', precision: 'exact', … }) // true
 */
export function samePlace(a: IncidentReport['location'], b: IncidentReport['location']): boolean {
  const ka = placeKeys(a);
  if ([...placeKeys(b)].some((k) => ka.has(k))) return true;
  if (PLACED.has(a.precision) && PLACED.has(b.precision)) {
    return a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null
      ? kmBetween({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon }) <= SAME_PLACE_KM
      : false;
  }
  const within = (region: IncidentReport['location'], town: IncidentReport['location']) =>
    region.precision === 'admin1' && town.admin1 !== null && PLACED.has(town.precision)
      ? placeKeys(region).has(asciiKey(town.admin1))
      : false;
  return within(a, b) || within(b, a);
}

/**
 * Whether two reports' date bounds can coincide (open bounds always can).
 *
 * @example
 * datesOverlap({ dateStart: '2018-02-01', dateEnd: '2018-02-28' }, { dateStart: '2018-02-18', dateEnd: '2018-02-18' }) // true
 */
export function datesOverlap(
  a: { dateStart: string | null; dateEnd: string | null },
  b: { dateStart: string | null; dateEnd: string | null },
): boolean {
  return (a.dateStart ?? '0000') <= (b.dateEnd ?? '9999') && (b.dateStart ?? '0000') <= (a.dateEnd ?? '9999');
}

/**
 * Whether two documents' reports describe one incident: different documents, dates that can
 * coincide, the same place, the same category with compatible subtypes (equal, or one
 * `unknown`), and compatible perpetrators (a shared entity or name, or one side names none).
 * Perpetrators are not asked of two reports that agree on the day, the town and the subtype:
 * sources blame different groups for one attack more often than two groups strike one town
 * the same day the same way, and a perpetrator misread by extraction must not split it.
 *
 * @example
 * sameIncident(kizlyarFromSeed, kizlyarFromDev) // true
 */
export function sameIncident(a: IncidentReport, b: IncidentReport): boolean {
  if (a.documentId === b.documentId || a.category !== b.category) return false;
  if (a.subtype !== b.subtype && a.subtype !== 'unknown' && b.subtype !== 'unknown') return false;
  if (!datesOverlap(a, b) || !samePlace(a.location, b.location)) return false;
  if (a.perpetrators.length === 0 || b.perpetrators.length === 0) return true;
  if (sameDayAndTown(a, b)) return true;
  return a.perpetrators.some((p) =>
    b.perpetrators.some((q) => p.key === q.key || (p.entityId !== null && p.entityId === q.entityId)),
  );
}

/** Both reports name the same day, the same town (not a region or country) and the same subtype. */
function sameDayAndTown(a: IncidentReport, b: IncidentReport): boolean {
  const town = (r: IncidentReport) => r.location.precision === 'exact' || r.location.precision === 'district';
  return (
    a.datePrecision === 'day' &&
    b.datePrecision === 'day' &&
    a.dateStart === b.dateStart &&
    a.subtype === b.subtype &&
    town(a) &&
    town(b)
  );
}

/**
 * The report that represents an incident: the most precisely dated, then the smallest id,
 * so the choice does not depend on which document arrived first.
 *
 * @example
 * representative([monthReport, dayReport]).id // dayReport.id
 */
export function representative<R extends Pick<IncidentReport, 'id' | 'datePrecision'>>(reports: R[]): R {
  const [first, ...rest] = reports;
  if (!first) throw new RangeError('representative: an incident has at least one report');
  return rest.reduce((best, r) => {
    const finer = FINER_DATE[r.datePrecision] - FINER_DATE[best.datePrecision];
    return finer > 0 || (finer === 0 && r.id < best.id) ? r : best;
  }, first);
}

/**
 * One event per incident across documents, for event lists that were not merged in the
 * store: two documents' events of the same category, at the same place, on dates that can
 * coincide, count once (the more precisely dated is kept). Events of one document are never
 * merged: its extraction already made one event per incident.
 *
 * @example
 * distinctIncidents([kizlyarFromSeed, kizlyarFromDev]).length // 1
 */
export function distinctIncidents(events: EventRecord[]): EventRecord[] {
  const kept: EventRecord[] = [];
  const precision = (e: EventRecord) => FINER_DATE[edtfRange(e.date)?.precision ?? 'year'];
  for (const event of events) {
    const twin = kept.findIndex(
      (k) =>
        k.documentId !== event.documentId &&
        k.category === event.category &&
        datesOverlap(k, event) &&
        samePlace(k.location, event.location),
    );
    if (twin < 0) kept.push(event);
    else if (precision(event) > precision(kept[twin] as EventRecord)) kept[twin] = event;
  }
  return kept;
}
