import type { EventRecord, EventSort } from './api-client.js';
import { formatCasualties, formatEdtf, humanize } from './format.js';

/** An order the server sorts events in, ascending, or descending with a leading `-`. */
export type EventOrder = Exclude<EventSort, `-${string}`>;

/** One column of the events table: its header, its text (shown and exported) and the server order it sorts by, if any. */
export interface EventColumn {
  key: string;
  label: string;
  text: (e: EventRecord) => string;
  order?: EventOrder;
  numeric?: boolean;
}

/**
 * Every column the events table offers, in display order.
 *
 * @example
 * EVENT_COLUMNS.find((c) => c.key === 'killed')!.text(event) // '5–6'
 */
export const EVENT_COLUMNS: readonly EventColumn[] = [
  {
    key: 'date',
    label: 'Date',
    text: (e) => formatEdtf(e.date),
    order: 'date',
  },
  { key: 'edtf', label: 'EDTF', text: (e) => e.date },
  { key: 'category', label: 'Category', text: (e) => humanize(e.category) },
  { key: 'subtype', label: 'Type', text: (e) => humanize(e.subtype) },
  { key: 'place', label: 'Place', text: (e) => e.location.name },
  { key: 'admin1', label: 'Region', text: (e) => e.location.admin1 ?? '' },
  { key: 'country', label: 'Country', text: (e) => e.location.country },
  { key: 'precision', label: 'Precision', text: (e) => e.location.precision },
  {
    key: 'perpetrators',
    label: 'Perpetrators',
    text: (e) => e.perpetrators.map((p) => p.name).join('; '),
  },
  { key: 'attribution', label: 'Attribution', text: (e) => e.attribution },
  {
    key: 'killed',
    label: 'Killed',
    text: (e) => formatCasualties(e.killed),
    order: 'killed',
    numeric: true,
  },
  {
    key: 'injured',
    label: 'Injured',
    text: (e) => formatCasualties(e.injured),
    order: 'injured',
    numeric: true,
  },
  { key: 'targets', label: 'Targets', text: (e) => e.targets.map(humanize).join('; ') },
  { key: 'weapons', label: 'Weapons', text: (e) => e.weapons.join('; ') },
  { key: 'summary', label: 'Summary', text: (e) => e.summary },
  {
    key: 'source',
    label: 'Sources',
    text: (e) => e.reports.map((r) => r.documentId).join('; '),
  },
  { key: 'review', label: 'Review', text: (e) => e.reviewStatus },
];

/** The columns shown until the reader picks others. */
export const DEFAULT_COLUMNS = [
  'date',
  'subtype',
  'place',
  'admin1',
  'perpetrators',
  'attribution',
  'killed',
  'summary',
];

/**
 * The rows as CSV (RFC 4180, CRLF line ends), with exactly the given columns and their shown text.
 *
 * @example
 * toCsv(events, columns) // 'Date,Type\r\n2 September 2015,armed assault\r\n'
 */
export function toCsv(events: readonly EventRecord[], columns: readonly EventColumn[]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [columns.map((c) => cell(c.label)), ...events.map((e) => columns.map((c) => cell(c.text(e))))];
  return lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}
