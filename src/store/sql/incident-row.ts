import type { SqlConnection } from './connection.js';
import { rowInserter } from './row-inserter.js';
import type { KbDatabase } from './schema.js';

/** What a report contributes to its incident's combined row. */
export type IncidentFigures = Pick<
  KbDatabase['events'],
  'document_id' | 'date_start' | 'date_end' | 'killed_min' | 'killed_max' | 'injured_min' | 'injured_max'
>;

const starts = (rows: IncidentFigures[]) => rows.flatMap((r) => (r.date_start === null ? [] : [r.date_start])).sort();
const ends = (rows: IncidentFigures[]) => rows.flatMap((r) => (r.date_end === null ? [] : [r.date_end])).sort();

/**
 * The days every report of an incident allows, or null when they have none in common.
 *
 * @example
 * dateIntersection([{ date_start: '2015-09-01', date_end: '2015-09-30' }, { date_start: '2015-09-02', date_end: '2015-09-02' }])
 * // { dateStart: '2015-09-02', dateEnd: '2015-09-02' }
 */
export function dateIntersection(
  rows: Pick<IncidentFigures, 'date_start' | 'date_end'>[],
): { dateStart: string | null; dateEnd: string | null } | null {
  const dateStart = starts(rows as IncidentFigures[]).pop() ?? null;
  const dateEnd = ends(rows as IncidentFigures[])[0] ?? null;
  return dateStart !== null && dateEnd !== null && dateStart > dateEnd ? null : { dateStart, dateEnd };
}

/** min of the minima to max of the maxima, ignoring reports without a figure. */
function combined(rows: IncidentFigures[], min: 'killed_min' | 'injured_min', max: 'killed_max' | 'injured_max') {
  const mins = rows.flatMap((r) => (r[min] === null ? [] : [r[min]]));
  const maxes = rows.flatMap((r) => (r[max] === null ? [] : [r[max]]));
  return [mins.length ? Math.min(...mins) : null, maxes.length ? Math.max(...maxes) : null] as const;
}

/**
 * The combined row of an incident from its reports: the days all reports allow (every day
 * any allows when an editor joined reports whose dates disagree), and each count from the
 * lowest minimum to the highest maximum (5 and 6 killed → 5–6).
 *
 * @example
 * incidentRow('evt_a_ev-1', [a, b]) // { id: 'evt_a_ev-1', killed_min: 5, killed_max: 6, report_count: 2, … }
 */
export function incidentRow(id: string, rows: IncidentFigures[]): KbDatabase['incidents'] {
  const { dateStart, dateEnd } = dateIntersection(rows) ?? {
    dateStart: starts(rows)[0] ?? null,
    dateEnd: ends(rows).pop() ?? null,
  };
  const [killedMin, killedMax] = combined(rows, 'killed_min', 'killed_max');
  const [injuredMin, injuredMax] = combined(rows, 'injured_min', 'injured_max');
  return {
    id,
    date_start: dateStart,
    date_end: dateEnd,
    killed_min: killedMin,
    killed_max: killedMax,
    injured_min: injuredMin,
    injured_max: injuredMax,
    report_count: rows.length,
    document_count: new Set(rows.map((r) => r.document_id)).size,
  };
}

/**
 * Writes incidents' combined rows: `write` from reports in hand, `refresh` from the reports
 * stored under the incident (after an editor's merge, split or edit).
 *
 * @example
 * const incidents = incidentRowWriter(conn);
 * await incidents.refresh('evt_a_ev-1');
 */
export function incidentRowWriter(conn: SqlConnection) {
  const reportsOf = conn.prepare<[string], IncidentFigures>(
    `select document_id, date_start, date_end, killed_min, killed_max, injured_min, injured_max
     from events where incident_id = ?`,
  );
  const drop = conn.prepare<[string]>('delete from incidents where id = ?');
  const insert = rowInserter(conn);
  const write = async (id: string, rows: IncidentFigures[]): Promise<void> => {
    await drop.run(id);
    if (rows.length > 0) await insert('incidents', incidentRow(id, rows));
  };
  return { write, refresh: async (id: string): Promise<void> => write(id, await reportsOf.all(id)) };
}
