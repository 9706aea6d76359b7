import type { EventCategory } from '../../../src/model/taxonomy.js';
import { api } from '../api-client.js';
import { CategorySelect } from '../components/category-select.js';
import { ConflictList } from '../components/conflict-list.js';
import { EventList } from '../components/event-list.js';
import { Link } from '../components/link.js';
import { Status } from '../components/status.js';
import { humanize } from '../format.js';
import { documentPath } from '../paths.js';
import { navigate, useLocation, withQuery } from '../router.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

/**
 * What waits for an editor: open conflicts (a re-ingest disagreeing with an edit) and events no
 * one has reviewed yet, each linking to its event. `?document=` narrows both to one document
 * (the ingest page links here that way), `?category=` narrows the events.
 *
 * @example
 * <ReviewPage /> // at /review?document=kizlyar-church-report
 */
export function ReviewPage() {
  useTitle('Review');
  const { path, query } = useLocation();
  const document = query.get('document') ?? undefined;
  const category = (query.get('category') ?? undefined) as EventCategory | undefined;
  const conflicts = useApi(`conflicts:${document ?? ''}`, (signal) => api.conflicts(document, signal));
  const waiting = useApi('awaiting-review', (signal) => api.awaitingReview(signal));
  const events = waiting.data?.filter(
    (e) => (!document || e.reports.some((r) => r.documentId === document)) && (!category || e.category === category),
  );
  const update = (change: Record<string, string | null>) =>
    navigate(withQuery(path, { document, category, ...change }), { replace: true });
  return (
    <section className="page review-page">
      <h1>Review</h1>
      {document && (
        <p>
          From <Link href={documentPath(document)}>{document}</Link> only ·{' '}
          <Link href={withQuery(path, { category })}>all documents</Link>
        </p>
      )}
      <section aria-labelledby="open-conflicts-h">
        <h2 id="open-conflicts-h">
          Open conflicts{conflicts.data ? ` (${conflicts.data.items.length}${conflicts.data.next ? '+' : ''})` : ''}
        </h2>
        {!conflicts.data ? (
          <Status loading={conflicts.loading} error={conflicts.error} what="conflicts" />
        ) : conflicts.data.items.length === 0 ? (
          <p className="muted">No re-ingested value disagrees with an editor’s edit.</p>
        ) : (
          <ConflictList conflicts={conflicts.data.items} linkFacts />
        )}
      </section>
      <section aria-labelledby="awaiting-h">
        <h2 id="awaiting-h">Awaiting review{events ? ` (${events.length})` : ''}</h2>
        <div className="filters">
          <CategorySelect value={category} onChange={(c) => update({ category: c })} />
        </div>
        {!events ? (
          <Status loading={waiting.loading} error={waiting.error} what="events awaiting review" />
        ) : events.length === 0 ? (
          <p className="muted">Every event here has been reviewed.</p>
        ) : (
          <EventList events={events} note={(e) => `${humanize(e.subtype)}, ${e.location.name}`} />
        )}
      </section>
    </section>
  );
}
