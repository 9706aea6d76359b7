import type { AuditEntry } from '../api-client.js';
import { formatValue } from '../review-fields.js';

// The fields an entry changed: every key of its before and after, in order of first mention.
function changedFields(entry: AuditEntry): string[] {
  const keys = (value: unknown) => (value && typeof value === 'object' ? Object.keys(value) : []);
  return [...new Set([...keys(entry.before), ...keys(entry.after)])];
}

const valueOf = (record: unknown, field: string) => (record as Record<string, unknown> | null)?.[field];

/**
 * The review history of a fact, oldest first: who, when, what they did, each field before → after,
 * and why.
 *
 * @example
 * <ReviewHistory entries={provenance.reports[0].audit} />
 */
export function ReviewHistory({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <p className="muted">No editor has reviewed this event yet.</p>;
  return (
    <ol className="review-history">
      {entries.map((entry) => (
        <li key={entry.id} data-action={entry.action}>
          <p>
            <span className={`badge action-${entry.action}`}>{entry.action}</span> by <strong>{entry.actor}</strong>,{' '}
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</time>
          </p>
          <ul className="changes">
            {changedFields(entry).map((field) => (
              <li key={field} data-field={field}>
                {field}: <del>{formatValue(field, valueOf(entry.before, field))}</del> →{' '}
                <ins>{formatValue(field, valueOf(entry.after, field))}</ins>
              </li>
            ))}
          </ul>
          {entry.reason && <p className="reason">“{entry.reason}”</p>}
        </li>
      ))}
    </ol>
  );
}
