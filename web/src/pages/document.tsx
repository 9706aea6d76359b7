import { useEffect } from 'react';
import { api } from '../api-client.js';
import { DocumentText } from '../components/document-text.js';
import { EventList } from '../components/event-list.js';
import { SourcesList } from '../components/sources-list.js';
import { Status } from '../components/status.js';
import { formatEdtf, humanize } from '../format.js';
import { eventPath } from '../paths.js';
import { useLocation } from '../router.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

/**
 * One stored document: what it is, the events it reports, the references it lists and its text
 * as read (the text every evidence offset points into) with the evidence marked; `?at=2234`
 * opens the text at the passage starting there.
 *
 * @example
 * <DocumentPage id="islamic-state-caucasus-province" /> // at /documents/islamic-state-caucasus-province?at=2234
 */
export function DocumentPage({ id }: { id: string }) {
  const { query } = useLocation();
  const at = Number.parseInt(query.get('at') ?? '', 10);
  const doc = useApi(`document:${id}`, (signal) => api.document(id, signal));
  const events = useApi(`document-events:${id}`, (signal) => api.documentEvents(id, signal));
  useTitle(doc.data?.title ?? id);
  const loaded = doc.data !== null;
  // A link to a part of the page (`#document-events-h`) can only land once that part is drawn.
  useEffect(() => {
    if (loaded && window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
  }, [loaded]);
  if (!doc.data) {
    return (
      <section className="page">
        <Status loading={doc.loading} error={doc.error} what="the document" />
      </section>
    );
  }
  const { title, format, path, ingestedAt, chars, sources, text } = doc.data;
  const spans = (events.data ?? []).flatMap((e) =>
    e.reports
      .filter((r) => r.documentId === id)
      .map((r) => ({ ...r.evidence, href: eventPath(e.id), label: `${formatEdtf(r.date)}, ${e.location.name}` })),
  );
  return (
    <article className="page document-page" aria-labelledby="document-title">
      <p className="kind">document</p>
      <h1 id="document-title" dir="auto">
        {title ?? id}
      </h1>
      <dl className="facts key-facts">
        <div>
          <dt>Id</dt>
          <dd>
            <code>{id}</code>
          </dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>{humanize(format)}</dd>
        </div>
        {/* The name, not the server's folders. */}
        <div>
          <dt>File</dt>
          <dd>{path?.split(/[\\/]/).at(-1) ?? '—'}</dd>
        </div>
        <div>
          <dt>Ingested</dt>
          <dd>
            <time dateTime={ingestedAt}>{ingestedAt.slice(0, 10)}</time>
          </dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>{chars.toLocaleString('en-GB')} characters</dd>
        </div>
      </dl>

      <section aria-labelledby="document-events-h">
        <h2 id="document-events-h">Events reported{events.data ? ` (${events.data.length})` : ''}</h2>
        {events.data?.length ? (
          <EventList events={events.data} note={(e) => `${humanize(e.subtype)} · ${e.location.name}`} />
        ) : (
          <Status loading={events.loading} error={events.error} what="events" />
        )}
      </section>

      <section aria-labelledby="document-sources-h">
        <h2 id="document-sources-h">References</h2>
        {sources.length === 0 ? (
          <p className="muted">The document lists no references.</p>
        ) : (
          <SourcesList sources={[{ documentId: id, title, references: sources }]} />
        )}
      </section>

      <DocumentText text={text} spans={spans} at={Number.isNaN(at) || !events.data ? null : at} />
    </article>
  );
}
