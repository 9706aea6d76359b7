import type { EventRecord } from './api-client.js';
import { formatCasualties, formatEdtf, humanize } from './format.js';

/** One column of the events table: its header, its text (shown and exported) and its sort key. */
export interface EventColumn {
  key: string;
  label: string;
  text: (e: EventRecord) => string;
  sort: (e: EventRecord) => string | number;
  numeric?: boolean;
}

// Counts sort by their lower bound; unknown counts sort below zero.
const countKey = (c: EventRecord['killed']) => (c === null ? -1 : typeof c === 'number' ? c : c.min);

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
    sort: (e) => `${e.dateStart ?? e.dateEnd ?? ''}|${e.dateEnd ?? ''}`,
  },
  { key: 'edtf', label: 'EDTF', text: (e) => e.date, sort: (e) => e.date },
  { key: 'category', label: 'Category', text: (e) => humanize(e.category), sort: (e) => e.category },
  { key: 'subtype', label: 'Type', text: (e) => humanize(e.subtype), sort: (e) => e.subtype },
  { key: 'place', label: 'Place', text: (e) => e.location.name, sort: (e) => e.location.name },
  { key: 'admin1', label: 'Region', text: (e) => e.location.admin1 ?? '', sort: (e) => e.location.admin1 ?? '' },
  { key: 'country', label: 'Country', text: (e) => e.location.country, sort: (e) => e.location.country },
  { key: 'precision', label: 'Precision', text: (e) => e.location.precision, sort: (e) => e.location.precision },
  {
    key: 'perpetrators',
    label: 'Perpetrators',
    text: (e) => e.perpetrators.map((p) => p.name).join('; '),
    sort: (e) => e.perpetrators[0]?.name ?? '',
  },
  { key: 'attribution', label: 'Attribution', text: (e) => e.attribution, sort: (e) => e.attribution },
  {
    key: 'killed',
    label: 'Killed',
    text: (e) => formatCasualties(e.killed),
    sort: (e) => countKey(e.killed),
    numeric: true,
  },
  {
    key: 'injured',
    label: 'Injured',
    text: (e) => formatCasualties(e.injured),
    sort: (e) => countKey(e.injured),
    numeric: true,
  },
  { key: 'targets', label: 'Targets', text: (e) => e.targets.map(humanize).join('; '), sort: (e) => e.targets.join() },
  { key: 'weapons', label: 'Weapons', text: (e) => e.weapons.join('; '), sort: (e) => e.weapons.join() },
  { key: 'summary', label: 'Summary', text: (e) => e.summary, sort: (e) => e.summary },
  {
    key: 'source',
    label: 'Sources',
    text: (e) => e.reports.map((r) => r.documentId).join('; '),
    sort: (e) => `${String(e.reports.length).padStart(4, '0')}|${e.documentId}`,
  },
  { key: 'review', label: 'Review', text: (e) => e.reviewStatus, sort: (e) => e.reviewStatus },
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
