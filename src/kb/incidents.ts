import { edtfRange, normalizeName, type DatePrecision } from '../model/index.js';
import type { EventRecord } from '../store/store.js';

const FINER: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
const precision = (e: EventRecord) => FINER[edtfRange(e.date)?.precision ?? 'year'];

/** The same place: equal names, or one side's name is the other's admin-1 region. */
function samePlace(a: EventRecord, b: EventRecord): boolean {
  const places = (e: EventRecord) => [e.location.name, e.location.admin1].flatMap((p) => (p ? [normalizeName(p)] : []));
  const [nameA, nameB] = [normalizeName(a.location.name), normalizeName(b.location.name)];
  return nameA === nameB || places(b).includes(nameA) || places(a).includes(nameB);
}

const overlaps = (a: EventRecord, b: EventRecord) =>
  (a.dateStart ?? '0000') <= (b.dateEnd ?? '9999') && (b.dateStart ?? '0000') <= (a.dateEnd ?? '9999');

/**
 * One event per incident across documents: two documents reporting an attack of the same
 * category, at the same place, on dates that can coincide, count once (the more precisely
 * dated report is kept). Events of one document are never merged: its extraction already
 * made one event per incident.
 *
 * @example
 * distinctIncidents([kizlyarFromSeed, kizlyarFromDev]).length // 1
 */
export function distinctIncidents(events: EventRecord[]): EventRecord[] {
  const kept: EventRecord[] = [];
  for (const event of events) {
    const twin = kept.findIndex(
      (k) =>
        k.documentId !== event.documentId && k.category === event.category && overlaps(k, event) && samePlace(k, event),
    );
    if (twin < 0) kept.push(event);
    else if (precision(event) > precision(kept[twin] as EventRecord)) kept[twin] = event;
  }
  return kept;
}
