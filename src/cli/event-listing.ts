import { type Count, formatCount } from '../model/count.js';
import type { EventRecord } from '../store/store.js';
import { renderTable } from './text-table.js';

/**
 * The formats `chronicle events` prints.
 *
 * @example
 * new Option('--format <format>').choices(EVENT_FORMATS)
 */
export const EVENT_FORMATS = ['table', 'csv', 'json'] as const;
/** One of `EVENT_FORMATS`. */
export type EventFormat = (typeof EVENT_FORMATS)[number];

const CSV_COLUMNS = [
  'id',
  'date',
  'category',
  'subtype',
  'location',
  'admin1',
  'country',
  'precision',
  'lat',
  'lon',
  'killed',
  'killed_perpetrators',
  'injured',
  'perpetrators',
  'attribution',
  'targets',
  'weapons',
  'summary',
  'citations',
  'document',
] as const;

/**
 * Renders events for the terminal (`table`), a spreadsheet (`csv`, RFC 4180, counts as
 * `7`, `5–6` or `7+`) or a program (`json`, the stored records).
 *
 * @example
 * renderEvents(events, 'csv') // 'id,date,category,…\r\nevt_1,2015-12-29,attack,armed_assault,Derbent,…\r\n'
 */
export function renderEvents(events: EventRecord[], format: EventFormat): string {
  if (format === 'json') return `${JSON.stringify(events, null, 2)}\n`;
  if (format === 'csv') {
    const rows = events.map((e) => csvRow(e).map(csvCell).join(','));
    return [CSV_COLUMNS.join(','), ...rows].map((row) => `${row}\r\n`).join('');
  }
  const rows = events.map((e) => [
    e.date,
    `${e.category}/${e.subtype}`,
    [e.location.name, e.location.country].join(', '),
    count(e.killed),
    e.attribution,
    e.perpetrators.map((p) => p.name).join('; ') || '-',
    e.id,
  ]);
  return renderTable(['DATE', 'TYPE', 'PLACE', 'KILLED', 'ATTRIBUTION', 'PERPETRATORS', 'ID'], rows);
}

function count(value: Count | null, none = '-'): string {
  return value === null ? none : formatCount(value);
}

function csvRow(e: EventRecord): string[] {
  const row: Record<(typeof CSV_COLUMNS)[number], string> = {
    id: e.id,
    date: e.date,
    category: e.category,
    subtype: e.subtype,
    location: e.location.name,
    admin1: e.location.admin1 ?? '',
    country: e.location.country,
    precision: e.location.precision,
    lat: e.location.lat?.toString() ?? '',
    lon: e.location.lon?.toString() ?? '',
    killed: count(e.killed, ''),
    killed_perpetrators: count(e.killedPerpetrators, ''),
    injured: count(e.injured, ''),
    perpetrators: e.perpetrators.map((p) => p.name).join('; '),
    attribution: e.attribution,
    targets: e.targets.join('; '),
    weapons: e.weapons.join('; '),
    summary: e.summary,
    citations: e.citations.join('; '),
    document: e.documentId,
  };
  return CSV_COLUMNS.map((column) => row[column]);
}

function csvCell(value: string): string {
  // Text opening with = + - @ would run as a formula in a spreadsheet; a quote mark keeps it text.
  const safe = /^[=+\-@]/.test(value) && Number.isNaN(Number(value)) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
