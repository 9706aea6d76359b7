import type { ReviewConflict } from '../api-client.js';
import { formatEdtf } from '../format.js';
import { documentPath, eventPath } from '../paths.js';
import { formatValue } from '../review-fields.js';
import { Link } from './link.js';

/**
 * Open conflicts: a re-ingested document extracted one value, an editor had set another, and the
 * edit stands until someone decides. With `linkFacts` each names its event (on the review page).
 *
 * @example
 * <ConflictList conflicts={report.conflicts} />
 */
export function ConflictList({ conflicts, linkFacts = false }: { conflicts: ReviewConflict[]; linkFacts?: boolean }) {
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
        </li>
      ))}
    </ul>
  );
}
