import type { ReviewStatus } from '../../../src/model/taxonomy.js';
import { api, type EventRecord, type Provenance, type ReviewConflict } from '../api-client.js';
import { ConflictList } from '../components/conflict-list.js';
import { EntityRef } from '../components/entity-ref.js';
import { EvidencePassage } from '../components/evidence-passage.js';
import { Link } from '../components/link.js';
import { REVIEW_VALUE_ID, ReviewForm } from '../components/review-form.js';
import { ReviewHistory } from '../components/review-history.js';
import { Status } from '../components/status.js';
import { formatCasualties, formatEdtf, humanize } from '../format.js';
import type { FormField } from '../review-fields.js';
import { navigate, useLocation, withQuery } from '../router.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

// What each review status tells a reader about the figures above it.
const REVIEW_NOTES: Record<ReviewStatus, string> = {
  extracted: 'as extracted from the sources, not yet reviewed',
  accepted: 'checked and accepted by an editor',
  edited: 'corrected by an editor',
  rejected: 'rejected by an editor',
};

/**
 * One event: what, when (as precise as known), where, who and how many (the range every source
 * allows), its review status, and each document's report with its own figures and evidence
 * highlighted in the passage it comes from; then its review: open conflicts, the history, and
 * the form an editor acts with (the page reloads the event after each change).
 *
 * @example
 * <EventPage id="evt_islamic-state-caucasus-province_ev-4" />
 */
export function EventPage({ id }: { id: string }) {
  const { data: event, error, loading, reload } = useApi(`event:${id}`, (signal) => api.event(id, signal));
  const provenance = useApi(`provenance:${id}`, (signal) => api.provenance(id, signal));
  // After a review change the event and its history are read again, the page staying in place.
  const reviewed = () => {
    reload();
    provenance.reload();
  };
  useTitle(event ? `${formatEdtf(event.date)}, ${event.location.name}` : 'Event');
  if (!event) {
    return (
      <section className="page">
        <Status loading={loading} error={error} what="the event" />
      </section>
    );
  }
  const { location: place, reports } = event;
  // Combined figures say how many reports they span; a single report's are just its own.
  const across = reports.length > 1 ? ` across ${reports.length} sources` : '';
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
          <dd data-fact="place">
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
          <dd data-fact="killed">
            {formatCasualties(event.killed)}
            {event.killed !== null && across}
          </dd>
        </div>
        <div>
          <dt>Perpetrators killed</dt>
          <dd>{formatCasualties(event.killedPerpetrators)}</dd>
        </div>
        <div>
          <dt>Injured</dt>
          <dd data-fact="injured">
            {formatCasualties(event.injured)}
            {event.injured !== null && across}
          </dd>
        </div>
        {event.targets.length > 0 && (
          <div>
            <dt>Targets</dt>
            <dd data-fact="targets">{event.targets.map(humanize).join(', ')}</dd>
          </div>
        )}
        {event.weapons.length > 0 && (
          <div>
            <dt>Weapons</dt>
            <dd data-fact="weapons">{event.weapons.map(humanize).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>Review</dt>
          <dd data-fact="review">
            <span className={`badge review-${event.reviewStatus}`}>{event.reviewStatus}</span>{' '}
            <span className="muted">{REVIEW_NOTES[event.reviewStatus]}</span>
          </dd>
        </div>
      </dl>
      <section aria-labelledby="reports-h">
        <h2 id="reports-h">{reports.length === 1 ? 'Evidence' : `Reported by ${reports.length} documents`}</h2>
        <ol className="reports">
          {reports.map((report) => (
            <Report
              key={report.eventId}
              report={report}
              status={provenance.data?.reports.find((r) => r.factId === report.eventId)?.reviewStatus}
            />
          ))}
        </ol>
        {event.citationNeeded && <p className="notice">The source marks this statement “citation needed”.</p>}
      </section>
      {provenance.data && <Review event={event} provenance={provenance.data} onReviewed={reviewed} />}
      <p>
        <Link href="/events">← All events</Link>
      </p>
    </article>
  );
}

// One document's account: its own date, figures and review status, then its evidence in context.
function Report({ report, status }: { report: EventRecord['reports'][number]; status: ReviewStatus | undefined }) {
  return (
    <li className="report" data-document={report.documentId}>
      <dl className="facts compact report-figures">
        <div>
          <dt>Date</dt>
          <dd>{formatEdtf(report.date)}</dd>
        </div>
        <div>
          <dt>Killed</dt>
          <dd>{formatCasualties(report.killed)}</dd>
        </div>
        <div>
          <dt>Perpetrators killed</dt>
          <dd>{formatCasualties(report.killedPerpetrators)}</dd>
        </div>
        <div>
          <dt>Injured</dt>
          <dd>{formatCasualties(report.injured)}</dd>
        </div>
        <div>
          <dt>Attribution</dt>
          <dd>
            <span className={`badge attribution-${report.attribution}`}>{report.attribution}</span>
          </dd>
        </div>
        {status && (
          <div>
            <dt>Review</dt>
            <dd>
              <span className={`badge review-${status}`}>{status}</span>
            </dd>
          </div>
        )}
      </dl>
      <EvidencePassage report={report} />
    </li>
  );
}

// The event's review: what re-ingests dispute, what editors did (oldest first), and what one can do now.
function Review({
  event,
  provenance,
  onReviewed,
}: {
  event: EventRecord;
  provenance: Provenance;
  onReviewed: () => void;
}) {
  const conflicts = provenance.reports.flatMap((r) => r.conflicts);
  const { path } = useLocation();
  // Settling a conflict fills the form with the chosen value and moves the keyboard to it.
  const settle = (conflict: ReviewConflict, field: FormField, value: string) => {
    navigate(withQuery(path, { report: conflict.factId, review: 'edit', field, value }), { replace: true });
    requestAnimationFrame(() => document.getElementById(REVIEW_VALUE_ID)?.focus());
  };
  // An entry about the incident can also be listed with a report: keep each once, oldest first.
  const entries = [...provenance.audit, ...provenance.reports.flatMap((r) => r.audit)];
  const history = [...new Map(entries.map((e) => [e.id, e])).values()].sort((a, b) => a.id - b.id);
  return (
    <section aria-labelledby="review-h" className="review">
      <h2 id="review-h">Review</h2>
      {conflicts.length > 0 && (
        <section aria-labelledby="conflicts-h">
          <h3 id="conflicts-h">Open conflicts</h3>
          <ConflictList conflicts={conflicts} onSettle={settle} />
        </section>
      )}
      <section aria-labelledby="history-h">
        <h3 id="history-h">History</h3>
        <ReviewHistory
          entries={history}
          sourceOf={(factId) =>
            event.reports.length > 1 ? event.reports.find((r) => r.eventId === factId)?.documentId : undefined
          }
        />
      </section>
      <ReviewForm event={event} onReviewed={onReviewed} />
    </section>
  );
}
