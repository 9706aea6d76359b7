import { Argument, type Command, Option } from 'commander';
import { resolveConfig } from '../../config.js';
import { InputError } from '../../model/errors.js';
import {
  AUDITED_KINDS,
  ENTITY_EDIT_FIELDS,
  EVENT_EDIT_FIELDS,
  parseReviewChange,
  RELATION_EDIT_FIELDS,
  REVIEWED_FACT_KINDS,
  type AuditEntry,
  type AuditedKind,
  type ReviewConflict,
} from '../../model/review.js';
import type { Store } from '../../store/store.js';
import { withStore } from '../open-database.js';
import { dbOption } from '../options.js';
import { renderTable } from '../text-table.js';

interface ReviewOptions {
  db?: string;
  actor?: string;
  reason?: string;
  json?: boolean;
}

/**
 * `chronicle review …`: accept, reject, edit, merge, split and add facts, name entities, and read the audit
 * log and the conflicts. Each change is one transaction with one audit entry; a change that
 * cannot apply is one line on stderr, exit 2, and nothing is written.
 *
 * @example
 * chronicle review edit event evt_caucasus-emirate_ev-moscow-metro killed=41 --reason 'later toll'
 * chronicle review edit entity org_imarat-kavkaz 'name=Caucasus Emirate'
 * chronicle review merge incident evt_a_ev-08 evt_b_ev-03 --actor ana
 * chronicle review add event '{"date":"2017-03-04",…}' --source 'Interview with …'
 * chronicle review conflicts --json
 */
export function registerReview(program: Command): Command {
  const review = program
    .command('review')
    .description('review facts: accept, reject, edit, merge, split, add; read the audit log and conflicts');
  const change = (name: string, description: string) =>
    review
      .command(name)
      .description(description)
      .addOption(dbOption())
      .addOption(new Option('--actor <name>', 'who makes the change (default: $USER)'))
      .option('--reason <text>', 'why, for the audit log')
      .option('--json', 'print the audit entry as JSON');
  const run = async (options: ReviewOptions, body: Record<string, unknown>) => {
    const parsed = parseReviewChange({ ...body, ...(options.reason === undefined ? {} : { reason: options.reason }) });
    const actor = options.actor ?? process.env.USER ?? 'anonymous';
    const entry = await withStore(resolveConfig({ db: options.db }), 'existing', (store) =>
      store.review(parsed, actor),
    );
    process.stdout.write(options.json ? `${JSON.stringify(entry, null, 2)}\n` : `${describeAudit(entry)}\n`);
  };

  for (const action of ['accept', 'reject'] as const) {
    change(action, `${action} a fact (${REVIEWED_FACT_KINDS.join(', ')})`)
      .addArgument(kindArgument(REVIEWED_FACT_KINDS))
      .argument('<id>', 'the fact id (evt_…, rel_…, nam_…)')
      .action((kind: string, id: string, options: ReviewOptions) => run(options, { action, kind, id }));
  }
  change(
    'edit',
    'correct fields of an event or a relation, or the name an entity is shown by: FIELD=VALUE … (JSON values for counts and lists)',
  )
    .addArgument(kindArgument(Object.keys(EDIT_FIELDS)))
    .argument('<id>', 'the event, relation or entity id')
    .argument(
      '<assignments...>',
      `FIELD=VALUE, e.g. killed=7 'location.name=Kizlyar' 'targets=["police"]'; for an entity 'name=Caucasus Emirate' (name=null: its first mention's)`,
    )
    .action((kind: keyof typeof EDIT_FIELDS, id: string, assignments: string[], options: ReviewOptions) =>
      run(options, { action: 'edit', kind, id, set: fieldValues(kind, assignments) }),
    );
  change('merge', 'merge two entities (ids) or two incidents (any of their event ids): FROM joins INTO')
    .addArgument(kindArgument(['entity', 'incident']))
    .argument('<into>', 'the entity or event that stays')
    .argument('<from>', 'the entity or event that joins it')
    .action((kind: string, into: string, from: string, options: ReviewOptions) =>
      run(options, { action: 'merge', kind, into, from }),
    );
  change('split', 'split a mention (<document>/<local id>) out of an entity, or an event report out of its incident')
    .addArgument(kindArgument(['entity', 'incident']))
    .argument('<id>', 'the entity id, or the event id of the report that leaves')
    .argument('[mention]', 'for an entity: the mention that leaves, <document>/<local id>')
    .action((kind: string, id: string, mention: string | undefined, options: ReviewOptions) =>
      run(options, { action: 'split', kind, id, ...(mention === undefined ? {} : { mention }) }),
    );
  change('add', 'add an event, relation or name by hand, resting on a source statement')
    .addArgument(kindArgument(['event', 'relation', 'name']))
    .argument('<fact>', 'the fact as JSON (a name: {"entity": ID, "text": …})')
    .requiredOption('--source <statement>', 'where the fact comes from, stored as a note document')
    .action((kind: string, fact: string, options: ReviewOptions & { source: string }) =>
      run(options, { action: 'add', kind, source: options.source, fact: json('fact', fact) }),
    );

  review
    .command('log')
    .description('print the audit log, oldest first')
    .addOption(dbOption())
    .addOption(new Option('--kind <kind>', 'only entries about this kind').choices(AUDITED_KINDS))
    .option('--id <id>', 'only entries about this fact, entity or incident')
    .option('--json', 'print a JSON array of audit entries')
    .action(async (options: { db?: string; kind?: AuditedKind; id?: string; json?: boolean }) => {
      const entries = await read(options.db, (store) => store.auditLog({ kind: options.kind, factId: options.id }));
      if (options.json) process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
      else if (entries.length === 0) process.stderr.write('chronicle: no audit entries match\n');
      else process.stdout.write(entries.map((e) => `${describeAudit(e)}\n`).join(''));
    });
  review
    .command('conflicts')
    .description('print re-extracted values that disagree with an edit (the edit stays applied)')
    .addOption(dbOption())
    .option('--document <id>', 'only conflicts found re-ingesting this document')
    .option('--json', 'print a JSON array of conflicts')
    .action(async (options: { db?: string; document?: string; json?: boolean }) => {
      const conflicts = await read(options.db, (store) => store.conflicts({ documentId: options.document }));
      if (options.json) process.stdout.write(`${JSON.stringify(conflicts, null, 2)}\n`);
      else if (conflicts.length === 0) process.stderr.write('chronicle: no conflicts\n');
      else process.stdout.write(renderConflicts(conflicts));
    });
  return review;
}

/**
 * One line for an audit entry: number, time, who, what, and the fields that changed.
 *
 * @example
 * describeAudit(entry) // '#3 2026-11-25T18:02:11Z ana edit event evt_a_ev-01: killed 40 → 41 (later toll)'
 */
export function describeAudit(e: AuditEntry): string {
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const changes =
    e.action === 'edit' && e.before && e.after
      ? Object.entries(e.after as Record<string, unknown>)
          .map(([field, value]) => `${field} ${show((e.before as Record<string, unknown>)[field])} → ${show(value)}`)
          .join(', ')
      : e.action === 'accept' || e.action === 'reject'
        ? `${show((e.before as { status: string }).status)} → ${show((e.after as { status: string }).status)}`
        : show(e.after);
  return `#${e.id} ${e.at} ${e.actor} ${e.action} ${e.kind} ${e.factId}: ${changes}${e.reason ? ` (${e.reason})` : ''}`;
}

function renderConflicts(conflicts: ReviewConflict[]): string {
  const rows = conflicts.map((c) => [
    c.documentId,
    c.factId,
    c.field,
    JSON.stringify(c.edited),
    JSON.stringify(c.extracted),
  ]);
  return renderTable(['DOCUMENT', 'FACT', 'FIELD', 'EDITED (KEPT)', 'RE-EXTRACTED'], rows);
}

/** The fields an edit may set, by the kind of what it edits. */
const EDIT_FIELDS = { event: EVENT_EDIT_FIELDS, relation: RELATION_EDIT_FIELDS, entity: ENTITY_EDIT_FIELDS };

const kindArgument = (kinds: readonly string[]) => new Argument('<kind>', 'what kind of fact').choices(kinds);

function read<T>(db: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  return withStore(resolveConfig({ db }), 'existing', work);
}

/** Parses a JSON argument, naming it when it is not JSON. */
function json(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new InputError(`${name}: not JSON (${error.message})`, { where: name, cause: error });
  }
}

/**
 * `FIELD=VALUE` pairs as a field set: `null` clears a field that can be empty (`start=null`,
 * `name=null`), a value the field takes as text stays text (`summary=2015 attack`), anything
 * else is read as JSON (`killed=7`).
 */
function fieldValues(kind: keyof typeof EDIT_FIELDS, assignments: string[]): Record<string, unknown> {
  const fields: Record<string, { safeParse(v: unknown): { success: boolean } }> = EDIT_FIELDS[kind];
  const set: Record<string, unknown> = {};
  for (const assignment of assignments) {
    const cut = assignment.indexOf('=');
    if (cut <= 0) throw new InputError(`"${assignment}" is not FIELD=VALUE (e.g. killed=7)`, { where: assignment });
    const [field, value] = [assignment.slice(0, cut), assignment.slice(cut + 1)];
    const schema = fields[field];
    if (!schema)
      throw new InputError(`unknown ${kind} field "${field}" (fields: ${Object.keys(fields).join(', ')})`, {
        where: field,
      });
    const clears = value === 'null' && schema.safeParse(null).success;
    set[field] = clears ? null : schema.safeParse(value).success ? value : json(field, value);
  }
  return set;
}
