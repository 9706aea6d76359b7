import type Database from 'better-sqlite3';
import { InputError, NotFoundError } from '../../model/index.js';
import { incidentRowWriter } from './incident-row.js';

/**
 * Applies an editor's merge or split of incidents to the stored reports: a merge points
 * every report of one incident at the other's representative; a split makes a report its
 * own incident again (the incident it left keeps its remaining reports, under a new
 * representative if it was the one leaving). Each incident's combined row is recomputed the
 * way resolution computes it (`incidentRow`). Resolution obeys the `same` / `different`
 * links the review writes, so a later ingest keeps the editor's grouping.
 *
 * @example
 * const incidents = incidentEditor(raw);
 * incidents.merge('evt_a_ev-01', 'evt_b_ev-03'); // one incident, two reports
 * incidents.split('evt_b_ev-03');
 */
export function incidentEditor(raw: Database.Database) {
  const incidentOf = raw.prepare<[string], { incident_id: string }>('select incident_id from events where id = ?');
  const reports = raw.prepare<[string], { id: string }>('select id from events where incident_id = ? order by id');
  const repoint = raw.prepare<[string, string]>('update events set incident_id = ? where incident_id = ?');
  const setIncident = raw.prepare<[string, string]>('update events set incident_id = ? where id = ?');
  const drop = raw.prepare<[string]>('delete from incidents where id = ?');
  const rows = incidentRowWriter(raw);

  const incident = (reportId: string): string => {
    const row = incidentOf.get(reportId);
    if (!row) throw new NotFoundError(`no event with id "${reportId}"; list them with 'chronicle events'`);
    return row.incident_id;
  };
  /** Recomputes an incident's combined row from its reports. */
  const refresh = rows.refresh;

  return {
    /** The representative report of the incident a report belongs to. */
    incident,
    /** The reports of the incident a report belongs to, by id. */
    reports: (reportId: string): string[] => reports.all(incident(reportId)).map((r) => r.id),
    refresh,
    /** `from`'s incident joins `into`'s; false when they were one already. */
    merge(into: string, from: string): boolean {
      const [target, leaving] = [incident(into), incident(from)];
      if (target === leaving) return false;
      repoint.run(target, leaving);
      drop.run(leaving);
      refresh(target);
      return true;
    },
    /** The report leaves its incident; false when it was alone in it. */
    split(reportId: string): boolean {
      const current = incident(reportId);
      const others = reports.all(current).filter((r) => r.id !== reportId);
      if (others.length === 0) return false;
      if (current === reportId) {
        const heir = (others[0] as { id: string }).id;
        repoint.run(heir, reportId);
        setIncident.run(reportId, reportId);
        refresh(heir);
      } else {
        setIncident.run(reportId, reportId);
        refresh(current);
      }
      refresh(reportId);
      return true;
    },
  };
}

/**
 * The refusal of a merge or split that would change nothing, naming the reports.
 *
 * @example
 * throw unchangedIncident('split', ['evt_a_ev-01']); // cannot split: event evt_a_ev-01 is the only report of its incident
 */
export function unchangedIncident(action: 'merge' | 'split', ids: string[]): InputError {
  const what =
    action === 'merge'
      ? `events ${ids.join(' and ')} already report one incident`
      : `event ${ids[0]} is the only report of its incident`;
  return new InputError(`cannot ${action}: ${what}`, { where: ids[0] });
}
