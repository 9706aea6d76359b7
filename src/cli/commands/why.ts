import type { Command } from 'commander';
import { resolveConfig } from '../../config.js';
import { InputError, NotFoundError } from '../../model/errors.js';
import type { Provenance, ReportProvenance } from '../../model/review.js';
import { withStore } from '../open-database.js';
import { dbOption } from '../options.js';
import { describeAudit } from './review.js';

/**
 * `chronicle why ID`: where an event or a relation comes from. For an event, every report of
 * its incident: the document, the evidence span and text, each footnote with its parsed
 * reference, the review status, edits, conflicts and audit entries.
 *
 * @example
 * chronicle why evt_islamic-state-caucasus-province_ev-09
 * chronicle why rel_caucasus-emirate_1 --json
 */
export function registerWhy(program: Command): Command {
  return program
    .command('why')
    .description('show where an event or a relation comes from: documents, spans, footnotes, review')
    .argument('<id>', 'an event id (evt_…) or a relation id (rel_…)')
    .addOption(dbOption())
    .option('--json', 'print the provenance as JSON')
    .action(async (id: string, options: { db?: string; json?: boolean }) => {
      const kind = id.startsWith('evt_') ? 'event' : id.startsWith('rel_') ? 'relation' : null;
      if (kind === null)
        throw new InputError(`"${id}" is neither an event id (evt_…) nor a relation id (rel_…)`, { where: id });
      const provenance = await withStore(resolveConfig({ db: options.db }), 'existing', (store) =>
        store.provenance(kind, id),
      );
      if (!provenance)
        throw new NotFoundError(`no ${kind} with id "${id}"; list them with 'chronicle events' or 'chronicle show'`);
      process.stdout.write(options.json ? `${JSON.stringify(provenance, null, 2)}\n` : renderProvenance(provenance));
    });
}

function renderProvenance(p: Provenance): string {
  const head =
    p.kind === 'event'
      ? `${p.id}: incident ${p.incidentId}, ${p.reports.length} report${p.reports.length === 1 ? '' : 's'}\n`
      : `${p.id}: relation\n`;
  const incident = p.audit.map((a) => `  ${describeAudit(a)}\n`).join('');
  return head + (incident ? `incident audit:\n${incident}` : '') + p.reports.map(renderReport).join('');
}

function renderReport(r: ReportProvenance): string {
  const doc = r.document;
  const lines = [
    `\n${r.factId} [${r.reviewStatus}]`,
    `  document  ${doc.id}${doc.title ? ` — ${doc.title}` : ''}${doc.path ? ` (${doc.path})` : ''}`,
    `  evidence  ${r.evidence.start}–${r.evidence.end}: "${r.evidence.text}"`,
    ...r.citations.map((c) => {
      const s = c.source;
      const parts = s ? [s.title, s.publisher, s.date, s.url].filter((x) => x !== null) : ['no parsed reference'];
      return `  footnote  [${c.label}] ${parts.join('. ')}`;
    }),
    ...r.edits.map((e) => `  edit      ${e.field}: ${JSON.stringify(e.before)} → ${JSON.stringify(e.value)}`),
    ...r.conflicts.map(
      (c) =>
        `  conflict  ${c.field}: re-extracted ${JSON.stringify(c.extracted)}, edit ${JSON.stringify(c.edited)} kept`,
    ),
    ...r.audit.map((a) => `  audit     ${describeAudit(a)}`),
  ];
  return `${lines.join('\n')}\n`;
}
