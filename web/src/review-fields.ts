import { countFromBounds, type Count } from '../../src/model/count.js';
import type { EventFields, ReviewConflict } from '../../src/model/review.js';
import type { EventRecord, EventReport } from '../../src/store/store.js';
import { formatCasualties, formatEdtf, humanize } from './format.js';

/**
 * The event fields the review form edits, as the API names them. `type` is the category and
 * subtype together, since a subtype only fits its own category.
 */
export const FORM_FIELDS = ['killed', 'injured', 'killed_perpetrators', 'date', 'type', 'attribution'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** What the form calls each field. */
export const FIELD_LABELS: Record<FormField, string> = {
  killed: 'Killed',
  injured: 'Injured',
  killed_perpetrators: 'Perpetrators killed',
  date: 'Date (EDTF)',
  type: 'Category and subtype',
  attribution: 'Attribution',
};

/**
 * The value of a form field on one report of an event, as the form first shows it: the report's
 * own figures, date and attribution (an edit changes that report), the incident's type.
 *
 * @example
 * fieldText(event, event.reports[0], 'killed') // '5–6'
 */
export function fieldText(event: EventRecord, report: EventReport, field: FormField): string {
  if (field === 'killed') return countText(report.killed);
  if (field === 'injured') return countText(report.injured);
  if (field === 'killed_perpetrators') return countText(report.killedPerpetrators);
  if (field === 'date') return report.date;
  if (field === 'attribution') return report.attribution;
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
 */
export function fieldChange(field: FormField, text: string): { set: Partial<EventFields> } | { problem: string } {
  if (field === 'killed' || field === 'injured' || field === 'killed_perpetrators') {
    const count = parseCount(text);
    if (count === undefined) return { problem: `${FIELD_LABELS[field]}: type a number, a range like 5-6, or 7+` };
    return { set: { [field]: count } };
  }
  if (field === 'type') {
    const [category, subtype] = text.split('/') as [EventFields['category'], string];
    return { set: { category, subtype } };
  }
  if (field === 'attribution') return { set: { attribution: text as EventFields['attribution'] } };
  if (text.trim() === '') return { problem: 'Date: type an EDTF date such as 2018-02-18 or 2018-02' };
  return { set: { date: text.trim() } };
}

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
  if (field === 'date' || field === 'attribution') return { field, take: String(extracted), keep: String(edited) };
  return null;
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
