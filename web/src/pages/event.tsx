import { api, type EventRecord } from '../api-client.js';
import { EntityRef } from '../components/entity-ref.js';
import { Link } from '../components/link.js';
import { Status } from '../components/status.js';
import { formatCasualties, formatEdtf, humanize } from '../format.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

// How much of the document to show around the evidence, in characters each side.
const CONTEXT = 400;

/**
 * One event: what, when (as precise as known), where, who and how many, and the passage of
 * the source it comes from with the evidence highlighted.
 *
 * @example
 * <EventPage id="evt_islamic-state-caucasus-province_ev-4" />
 */
export function EventPage({ id }: { id: string }) {
  const { data: event, error, loading } = useApi(`event:${id}`, (signal) => api.event(id, signal));
  useTitle(event ? `${formatEdtf(event.date)}, ${event.location.name}` : 'Event');
  if (!event) {
    return (
      <section className="page">
        <Status loading={loading} error={error} what="the event" />
      </section>
    );
  }
  const { location: place } = event;
  return (
    <article className="page event-page">
      <p className="kind">
        {humanize(event.category)} · {humanize(event.subtype)}
      </p>
      <h1>
        {formatEdtf(event.date)}, {place.name}
      </h1>
      <dl className="facts key-facts">
        <div>
          <dt>Date</dt>
          <dd>
            {formatEdtf(event.date)} <code className="muted">{event.date}</code>
          </dd>
        </div>
        <div>
          <dt>Place</dt>
          <dd>
            {[place.name, place.admin1, place.country].filter(Boolean).join(', ')}{' '}
            <span className="muted">({place.precision})</span>
          </dd>
        </div>
        <div>
          <dt>Perpetrators</dt>
          <dd>
            <ul className="inline-list">
              {event.perpetrators.map((p) => (
                <li key={p.entityId ?? p.name}>
                  <EntityRef entity={{ id: p.entityId, name: p.name }} />
                </li>
              ))}
            </ul>
            <span className={`badge attribution-${event.attribution}`}>{event.attribution}</span>
          </dd>
        </div>
        <div>
          <dt>Killed</dt>
          <dd>{formatCasualties(event.killed)}</dd>
        </div>
        <div>
          <dt>Perpetrators killed</dt>
          <dd>{formatCasualties(event.killedPerpetrators)}</dd>
        </div>
        <div>
          <dt>Injured</dt>
          <dd>{formatCasualties(event.injured)}</dd>
        </div>
        {event.targets.length > 0 && (
          <div>
            <dt>Targets</dt>
            <dd>{event.targets.map(humanize).join(', ')}</dd>
          </div>
        )}
        {event.weapons.length > 0 && (
          <div>
            <dt>Weapons</dt>
            <dd>{event.weapons.join(', ')}</dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="evidence-h">
        <h2 id="evidence-h">Evidence</h2>
        <Evidence event={event} />
        {event.citationNeeded && <p className="notice">The source marks this statement “citation needed”.</p>}
      </section>
      <p>
        <Link href="/events">← All events</Link>
      </p>
    </article>
  );
}

// The passage to show around [start, end): up to CONTEXT characters each side, cut at a line or sentence end.
function passage(text: string, start: number, end: number): [number, number] {
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const cut = Math.max(before.indexOf('\n'), before.search(/[.!?]\s/) + 1);
  const from = start - CONTEXT <= 0 ? 0 : cut > 0 ? start - before.length + cut + 1 : start;
  const after = text.slice(end, end + CONTEXT);
  const stop = Math.max(after.lastIndexOf('\n'), after.search(/[.!?]\s[^.!?]*$/) + 1);
  const to = end + CONTEXT >= text.length ? text.length : stop > 0 ? end + stop : end;
  return [from, to];
}

function Evidence({ event }: { event: EventRecord }) {
  const { data: doc } = useApi(`document:${event.documentId}`, (signal) => api.document(event.documentId, signal));
  const { start, end, text } = event.evidence;
  // Show the passage around the evidence when the stored offsets still point at it.
  const found = doc && doc.text.slice(start, end) === text;
  const [from, to] = found ? passage(doc.text, start, end) : [start, end];
  const cited = [...new Set(event.citations)].map((label) => ({
    label,
    source: doc?.sources.find((s) => s.label === label),
  }));
  return (
    <figure className="evidence">
      <blockquote>
        {found ? (
          <>
            {from > 0 && '… '}
            {doc.text.slice(from, start).trimStart()}
            <mark>{text}</mark>
            {doc.text.slice(end, to).trimEnd()}
            {to < doc.text.length && ' …'}
          </>
        ) : (
          <mark>{text}</mark>
        )}
      </blockquote>
      <figcaption>
        {doc?.title ?? event.documentId}, characters {start}–{end}
      </figcaption>
      {cited.length > 0 && (
        <ol className="references cited">
          {cited.map(({ label, source }) => (
            <li key={label}>
              <span className="muted">[{label}]</span>{' '}
              {source?.title ? (
                <cite>{source.title}</cite>
              ) : (
                (source?.evidence?.text ?? 'not among the parsed references')
              )}
              {source && (source.work ?? source.publisher) && <span>. {source.work ?? source.publisher}</span>}
              {source?.date && <span>, {formatEdtf(source.date)}</span>}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
