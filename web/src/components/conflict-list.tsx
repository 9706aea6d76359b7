import type { ReviewConflict } from '../api-client.js';
import { formatEdtf } from '../format.js';
import { documentPath, eventPath } from '../paths.js';
import { formatValue, settleConflict, type FormField } from '../review-fields.js';
import { Link } from './link.js';

/**
 * Open conflicts: a re-ingested document extracted one value, an editor had set another, and the
 * edit stands until someone decides. With `linkFacts` each names its event (on the review page);
 * with `onSettle` each offers to take the document's value or keep the edit.
 *
 * @example
 * <ConflictList conflicts={report.conflicts} />
 */
export function ConflictList({
  conflicts,
  linkFacts = false,
  onSettle,
}: {
  conflicts: ReviewConflict[];
  linkFacts?: boolean;
  /** Offers to take the document's value or keep the edit, for fields the review form edits. */
  onSettle?: (conflict: ReviewConflict, field: FormField, text: string) => void;
}) {
  return (
    <ul className="conflicts">
      {conflicts.map((c) => (
        <li key={`${c.factId}:${c.field}:${c.documentId}`} className="conflict" data-field={c.field}>
          {linkFacts && c.kind === 'event' && (
            <>
              <Link href={eventPath(c.factId)}>{c.factId}</Link>{' '}
            </>
          )}
          {linkFacts && c.kind !== 'event' && <code>{c.factId} </code>}
          <strong>{c.field}</strong>: <Link href={documentPath(c.documentId)}>{c.documentId}</Link> now says{' '}
          <span className="extracted">{formatValue(c.field, c.extracted)}</span>; the editor’s{' '}
          <span className="edited">{formatValue(c.field, c.edited)}</span> stands{' '}
          <span className="muted">(found {formatEdtf(c.detectedAt.slice(0, 10))})</span>
          {onSettle && <Settle conflict={c} onSettle={onSettle} />}
        </li>
      ))}
    </ul>
  );
}

// The two ways out of a conflict, each filling the review form for the editor to give a reason.
function Settle({
  conflict,
  onSettle,
}: {
  conflict: ReviewConflict;
  onSettle: (conflict: ReviewConflict, field: FormField, text: string) => void;
}) {
  const settle = settleConflict(conflict);
  if (!settle) return null;
  return (
    <span className="settle">
      {' '}
      <button type="button" onClick={() => onSettle(conflict, settle.field, settle.take)}>
        Take the document’s value
      </button>{' '}
      <button type="button" onClick={() => onSettle(conflict, settle.field, settle.keep)}>
        Keep the edit
      </button>
    </span>
  );
}
