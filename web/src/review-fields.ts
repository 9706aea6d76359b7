import { countFromBounds, type Count } from '../../src/model/count.js';
import type { EventFields, ReviewConflict } from '../../src/model/review.js';
import type { EventRecord, EventReport } from '../../src/store/store.js';
import { formatCasualties, formatEdtf, humanize } from './format.js';

/**
 * The event fields the review form edits, as the API names them: every editable field of an
 * event. `type` is the category and subtype together, since a subtype only fits its own
 * category; `coordinates` is latitude and longitude together, since one without the other
 * places nothing.
 */
export const FORM_FIELDS = [
  'killed',
  'injured',
  'killed_perpetrators',
  'date',
  'type',
  'attribution',
  'summary',
  'location.name',
  'location.admin1',
  'location.country',
  'location.precision',
  'coordinates',
  'perpetrators',
  'targets',
  'weapons',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** What the form calls each field. */
export const FIELD_LABELS: Record<FormField, string> = {
  killed: 'Killed',
  injured: 'Injured',
  killed_perpetrators: 'Perpetrators killed',
  date: 'Date (EDTF)',
  type: 'Category and subtype',
  attribution: 'Attribution',
  summary: 'Summary',
  'location.name': 'Place',
  'location.admin1': 'Region (admin-1)',
  'location.country': 'Country (ISO code)',
  'location.precision': 'Place precision',
  coordinates: 'Coordinates (lat, lon)',
  perpetrators: 'Perpetrators',
  targets: 'Targets',
  weapons: 'Weapons',
};

/** Fields whose value is a list; the form writes them comma-separated. */
const LIST_FIELDS = new Set<FormField>(['perpetrators', 'targets', 'weapons']);

/**
 * The value of a form field on one report of an event, as the form first shows it: the report's
 * own figures, date and attribution (an edit changes that report), the incident's other fields.
 *
 * @example
 * fieldText(event, event.reports[0], 'killed') // '5–6'
 * fieldText(event, event.reports[0], 'perpetrators') // 'Islamic State, Caucasus Emirate'
 */
export function fieldText(event: EventRecord, report: EventReport, field: FormField): string {
  if (field === 'killed') return countText(report.killed);
  if (field === 'injured') return countText(report.injured);
  if (field === 'killed_perpetrators') return countText(report.killedPerpetrators);
  if (field === 'date') return report.date;
  if (field === 'attribution') return report.attribution;
  if (field === 'summary') return event.summary;
  if (field === 'location.name') return event.location.name;
  if (field === 'location.admin1') return event.location.admin1 ?? '';
  if (field === 'location.country') return event.location.country;
  if (field === 'location.precision') return event.location.precision;
  if (field === 'coordinates')
    return event.location.lat === null || event.location.lon === null
      ? ''
      : `${event.location.lat}, ${event.location.lon}`;
  if (field === 'perpetrators') return event.perpetrators.map((p) => p.name).join(', ');
  if (field === 'targets' || field === 'weapons') return event[field].join(', ');
  return `${event.category}/${event.subtype}`;
}

function countText(count: Count | null): string {
  return count === null ? '' : formatCasualties(count);
}

/**
 * A count as a person types it: `7`, `5-6` (or `5–6`), `7+`; empty means the sources give none.
 * Answers undefined when the text is none of these.
 *
 * @example
 * parseCount('5–6') // { min: 5, max: 6 }
 * parseCount('')    // null
 */
export function parseCount(text: string): Count | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^(\d+)\s*(?:([-–])\s*(\d+)|(\+))?$/.exec(trimmed);
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[4] ? null : match[3] ? Number(match[3]) : min;
  if (max !== null && max < min) return undefined;
  return countFromBounds(min, max);
}

/**
 * The change a form field's text asks for, as the API's `set`, or a message saying what to type.
 *
 * @example
 * fieldChange('killed', '7') // { set: { killed: 7 } }
 * fieldChange('type', 'attack/bombing') // { set: { category: 'attack', subtype: 'bombing' } }
 * fieldChange('coordinates', '43.85, 46.71') // { set: { 'location.lat': 43.85, 'location.lon': 46.71 } }
 */
export function fieldChange(field: FormField, text: string): { set: Partial<EventFields> } | { problem: string } {
  const trimmed = text.trim();
  if (field === 'killed' || field === 'injured' || field === 'killed_perpetrators') {
    const count = parseCount(text);
    if (count === undefined) return { problem: `${FIELD_LABELS[field]}: type a number, a range like 5-6, or 7+` };
    return { set: { [field]: count } };
  }
  if (field === 'type') {
    const [category, subtype] = text.split('/') as [EventFields['category'], string];
    return { set: { category, subtype } };
  }
  if (LIST_FIELDS.has(field)) {
    const values = [...new Set(text.split(',').map((v) => v.trim()))].filter((v) => v !== '');
    return { set: { [field]: values } as Partial<EventFields> };
  }
  if (field === 'coordinates') {
    if (trimmed === '') return { set: { 'location.lat': null, 'location.lon': null } };
    const [lat, lon, ...rest] = trimmed.split(/[\s,]+/).map(Number);
    if (rest.length > 0 || !inRange(lat, 90) || !inRange(lon, 180))
      return { problem: 'Coordinates: type latitude and longitude in degrees, such as 43.85, 46.71; empty if unknown' };
    return { set: { 'location.lat': lat as number, 'location.lon': lon as number } };
  }
  if (field === 'location.admin1') return { set: { 'location.admin1': trimmed === '' ? null : trimmed } };
  if (field === 'location.country') {
    // The codebook keeps countries as ISO 3166-1 alpha-2 codes, as the place's other fields show them.
    if (!/^[a-z]{2}$/i.test(trimmed)) return { problem: 'Country: type its two-letter ISO code, such as RU or SO' };
    return { set: { 'location.country': trimmed.toUpperCase() } };
  }
  if (field === 'attribution' || field === 'location.precision') return { set: { [field]: text } };
  if (trimmed === '') return { problem: `${FIELD_LABELS[field]}: ${EMPTY_PROBLEM[field]}` };
  return { set: { [field]: trimmed } };
}

// What to type in a text field that must not be empty.
const EMPTY_PROBLEM: Partial<Record<FormField, string>> = {
  date: 'type an EDTF date such as 2018-02-18 or 2018-02',
  summary: 'say in a sentence what happened',
  'location.name': 'name the place, such as Kizlyar',
};

const inRange = (degrees: number | undefined, limit: number) =>
  degrees !== undefined && Number.isFinite(degrees) && Math.abs(degrees) <= limit;

/**
 * How the form settles a conflict on one of its fields: the field, and the texts that take the
 * document's new value or keep the editor's (editing a field in conflict settles it). Null for a
 * field the form does not edit.
 *
 * @example
 * settleConflict({ field: 'killed', extracted: 9, edited: 8, … }) // { field: 'killed', take: '9', keep: '8' }
 */
export function settleConflict(
  conflict: Pick<ReviewConflict, 'field' | 'extracted' | 'edited'>,
): { field: FormField; take: string; keep: string } | null {
  const { field, extracted, edited } = conflict;
  if (field === 'killed' || field === 'injured' || field === 'killed_perpetrators')
    return { field, take: countText(extracted as Count | null), keep: countText(edited as Count | null) };
  if (!(FORM_FIELDS as readonly string[]).includes(field)) return null;
  const text = (value: unknown) =>
    Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : String(value);
  return { field: field as FormField, take: text(extracted), keep: text(edited) };
}

// Fields whose values are codebook codes, shown humanized; any other string (an id, a name) is shown as it is.
const CODED_FIELDS = new Set(['category', 'subtype', 'attribution', 'status', 'location.precision']);

/**
 * A value of the audit log or a conflict, for people: counts as ranges, dates in words, codebook
 * codes humanized, lists joined.
 *
 * @example
 * formatValue('killed', { min: 5, max: 6 }) // '5–6'
 * formatValue('reports', ['evt_a_ev-1', 'evt_b_ev-2']) // 'evt_a_ev-1, evt_b_ev-2'
 */
export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (/killed|injured/.test(field) && (typeof value === 'number' || typeof value === 'object'))
    return formatCasualties(value as Count);
  if (field === 'date' && typeof value === 'string') return `${formatEdtf(value)} (${value})`;
  if (typeof value === 'string') return CODED_FIELDS.has(field) ? humanize(value) : value;
  if (Array.isArray(value)) return value.map((v) => formatValue(field, v)).join(', ');
  return JSON.stringify(value);
}
