import { InputError, NotFoundError } from '../../model/index.js';
import type { SqlConnection } from './connection.js';
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
 * const incidents = incidentEditor(conn);
 * await incidents.merge('evt_a_ev-01', 'evt_b_ev-03'); // one incident, two reports
 * await incidents.split('evt_b_ev-03');
 */
export function incidentEditor(conn: SqlConnection) {
  const incidentOf = conn.prepare<[string], { incident_id: string }>('select incident_id from events where id = ?');
  const reports = conn.prepare<[string], { id: string }>('select id from events where incident_id = ? order by id');
  const repoint = conn.prepare<[string, string]>('update events set incident_id = ? where incident_id = ?');
  const setIncident = conn.prepare<[string, string]>('update events set incident_id = ? where id = ?');
  const drop = conn.prepare<[string]>('delete from incidents where id = ?');
  const rows = incidentRowWriter(conn);

  const incident = async (reportId: string): Promise<string> => {
    const row = await incidentOf.get(reportId);
    if (!row) throw new NotFoundError(`no event with id "${reportId}"; list them with 'chronicle events'`);
    return row.incident_id;
  };
  /** Recomputes an incident's combined row from its reports. */
  const refresh = rows.refresh;

  return {
    /** The representative report of the incident a report belongs to. */
    incident,
    /** The reports of the incident a report belongs to, by id. */
    reports: async (reportId: string): Promise<string[]> =>
      (await reports.all(await incident(reportId))).map((r) => r.id),
    refresh,
    /** `from`'s incident joins `into`'s; false when they were one already. */
    async merge(into: string, from: string): Promise<boolean> {
      const [target, leaving] = [await incident(into), await incident(from)];
      if (target === leaving) return false;
      await repoint.run(target, leaving);
      await drop.run(leaving);
      await refresh(target);
      return true;
    },
    /** The report leaves its incident; false when it was alone in it. */
    async split(reportId: string): Promise<boolean> {
      const current = await incident(reportId);
      const others = (await reports.all(current)).filter((r) => r.id !== reportId);
      if (others.length === 0) return false;
      if (current === reportId) {
        const heir = (others[0] as { id: string }).id;
        await repoint.run(heir, reportId);
        await setIncident.run(reportId, reportId);
        await refresh(heir);
      } else {
        await setIncident.run(reportId, reportId);
        await refresh(current);
      }
      await refresh(reportId);
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
