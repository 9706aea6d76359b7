import type { AuditEntry } from '../api-client.js';
import { formatValue } from '../review-fields.js';

// The fields an entry changed: every key of its before and after, in order of first mention.
function changedFields(entry: AuditEntry): string[] {
  const keys = (value: unknown) => (value && typeof value === 'object' ? Object.keys(value) : []);
  return [...new Set([...keys(entry.before), ...keys(entry.after)])];
}

const valueOf = (record: unknown, field: string) => (record as Record<string, unknown> | null)?.[field];

// Judgements and edits change fields of one fact, shown field by field; merges, splits and
// additions regroup facts, shown as the grouping before and after.
const FIELD_CHANGES: ReadonlySet<AuditEntry['action']> = new Set(['accept', 'reject', 'edit']);

// A grouping as `key: value; …`.
function describe(record: unknown): string {
  if (!record || typeof record !== 'object') return formatValue('', record);
  return Object.entries(record)
    .map(([key, value]) => `${key}: ${formatValue(key, value)}`)
    .join('; ');
}

/**
 * The review history of a fact, oldest first: who, when, what they did (each field before → after,
 * or the grouping before and after a merge or split), and why.
 *
 * @example
 * <ReviewHistory entries={provenance.reports[0].audit} />
 */
export function ReviewHistory({
  entries,
  sourceOf = () => undefined,
}: {
  entries: AuditEntry[];
  /** The document whose report an entry is about, named when an incident has several. */
  sourceOf?: (factId: string) => string | undefined;
}) {
  if (entries.length === 0) return <p className="muted">No editor has reviewed this event yet.</p>;
  return (
    <ol className="review-history">
      {entries.map((entry) => (
        <li key={entry.id} data-action={entry.action}>
          <p>
            <span className={`badge action-${entry.action}`}>{entry.action}</span>
            {sourceOf(entry.factId) && (
              <span className="muted"> of the report in {sourceOf(entry.factId)}</span>
            )} by <strong>{entry.actor}</strong>,{' '}
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</time>
          </p>
          {FIELD_CHANGES.has(entry.action) ? (
            <ul className="changes">
              {changedFields(entry).map((field) => (
                <li key={field} data-field={field}>
                  {field}: <del>{formatValue(field, valueOf(entry.before, field))}</del> →{' '}
                  <ins>{formatValue(field, valueOf(entry.after, field))}</ins>
                </li>
              ))}
            </ul>
          ) : (
            <dl className="changes">
              <dt>Before</dt>
              <dd>{describe(entry.before)}</dd>
              <dt>After</dt>
              <dd>{describe(entry.after)}</dd>
            </dl>
          )}
          {entry.reason && <p className="reason">“{entry.reason}”</p>}
        </li>
      ))}
    </ol>
  );
}
