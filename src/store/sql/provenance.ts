import type { ReviewStatus } from '../../model/index.js';
import type { AuditEntry, CitedSource, FactEdit, Provenance, ReportProvenance } from '../../model/review.js';
import type { SqlConnection } from './connection.js';
import { reviewLogReader } from './review-log.js';

interface ReportRow {
  id: string;
  review_status: string;
  document_id: string;
  title: string | null;
  path: string | null;
  format: string;
  ev_text: string;
  ev_start: number;
  ev_end: number;
}

interface CitationRow {
  label: string;
  source_id: string | null;
  title: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
}

const report = (table: 'events' | 'relations', where: string) => `
  select f.id, f.review_status, d.id as document_id, d.title, d.path, d.format,
         ev.text as ev_text, ev.start as ev_start, ev."end" as ev_end
  from ${table} f join documents d on d.id = f.document_id join evidence ev on ev.id = f.evidence_id
  where ${where} order by f.id`;

/**
 * Reads the chain behind a fact: for an event, every report of its incident (the
 * representative first); for a relation, its one report. Each report gives its document,
 * evidence span, footnotes resolved to the parsed reference, review status, edits,
 * conflicts and audit entries.
 *
 * @example
 * (await provenanceReader(conn)('event', 'evt_a_ev-01'))?.reports[0]?.citations[0]?.source?.title // 'Russia: IS claims …'
 */
export function provenanceReader(conn: SqlConnection) {
  const log = reviewLogReader(conn);
  const incidentOf = conn.prepare<[string], { incident_id: string }>('select incident_id from events where id = ?');
  const eventReports = conn.prepare<[string], ReportRow>(report('events', 'f.incident_id = ?'));
  const relationReport = conn.prepare<[string], ReportRow>(report('relations', 'f.id = ?'));
  const eventCitations = conn.prepare<[string], CitationRow>(
    `select c.label, c.source_id, s.title, s.publisher, s.date, s.url
     from event_sources c left join sources s on s.id = c.source_id where c.event_id = ? order by c.position`,
  );
  const relationCitations = conn.prepare<[string], { citations: string; document_id: string }>(
    'select citations, document_id from relations where id = ?',
  );
  const sourceByLabel = conn.prepare<[string, string], CitationRow>(
    `select label, id as source_id, title, publisher, date, url from sources where document_id = ? and label = ?`,
  );
  const edits = conn.prepare<[string, string], { field: string; value: string; before: string }>(
    'select field, value, before from fact_edits where fact_kind = ? and fact_id = ? order by field',
  );

  // A sentence citing one footnote twice (`…[5] … [5]`) points at one reference.
  const cited = (rows: CitationRow[]): CitedSource[] =>
    [...new Map(rows.map((c) => [c.label, c])).values()].map((c) => ({
      label: c.label,
      source: c.source_id === null ? null : { title: c.title, publisher: c.publisher, date: c.date, url: c.url },
    }));
  const provenanceOf = async (
    kind: 'event' | 'relation',
    r: ReportRow,
    citations: CitedSource[],
  ): Promise<ReportProvenance> => ({
    factId: r.id,
    document: { id: r.document_id, title: r.title, path: r.path, format: r.format },
    evidence: { text: r.ev_text, start: r.ev_start, end: r.ev_end },
    citations,
    reviewStatus: r.review_status as ReviewStatus,
    edits: (await edits.all(kind, r.id)).map((e): FactEdit => ({
      field: e.field,
      value: JSON.parse(e.value),
      before: JSON.parse(e.before),
    })),
    conflicts: (await log.conflicts({ kind, factId: r.id })).items,
    audit: (await log.audit({ kind, factId: r.id })).items,
  });

  return async (kind: 'event' | 'relation', id: string): Promise<Provenance | null> => {
    if (kind === 'relation') {
      const row = await relationReport.get(id);
      const stored = await relationCitations.get(id);
      if (!row || !stored) return null;
      const labels = JSON.parse(stored.citations) as string[];
      const rows: CitationRow[] = [];
      for (const label of labels) {
        rows.push(
          (await sourceByLabel.get(stored.document_id, label)) ?? {
            label,
            source_id: null,
            title: null,
            publisher: null,
            date: null,
            url: null,
          },
        );
      }
      return { kind, id, incidentId: null, reports: [await provenanceOf(kind, row, cited(rows))], audit: [] };
    }
    const incident = (await incidentOf.get(id))?.incident_id;
    if (incident === undefined) return null;
    const reports: ReportProvenance[] = [];
    for (const r of (await eventReports.all(incident)).sort(
      (a, b) => Number(b.id === incident) - Number(a.id === incident),
    ))
      reports.push(await provenanceOf(kind, r, cited(await eventCitations.all(r.id))));
    const audit: AuditEntry[] = [];
    for (const r of reports) audit.push(...(await log.audit({ kind: 'incident', factId: r.factId })).items);
    return { kind, id, incidentId: incident, reports, audit: audit.sort((a, b) => a.id - b.id) };
  };
}
