import type { EntityKind } from '../../../src/model/taxonomy.js';
import { api } from '../api-client.js';
import { AttacksChart } from '../components/attacks-chart.js';
import { CasualtiesChart } from '../components/casualties-chart.js';
import { DisplayNameForm } from '../components/display-name-form.js';
import { EntityRef } from '../components/entity-ref.js';
import { EventList } from '../components/event-list.js';
import { KeyFacts } from '../components/key-facts.js';
import { Leaders } from '../components/leaders.js';
import { Link } from '../components/link.js';
import { NamesTable } from '../components/names-table.js';
import { SourcesList } from '../components/sources-list.js';
import { Status } from '../components/status.js';
import { formatTerm, humanize } from '../format.js';
import { withQuery } from '../router.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

const RECENT = 8;

/**
 * The profile of an organization or a person: key facts, names in every script, parent and
 * branches, leaders with their terms, attacks and casualties per year, recent events and sources.
 *
 * @example
 * <EntityPage kind="organization" id="org_islamic-state-caucasus-province" />
 */
export function EntityPage({ kind, id }: { kind: EntityKind; id: string }) {
  const load = kind === 'organization' ? api.organization : api.person;
  const entity = useApi(`${kind}:${id}`, (signal) => load(id, signal));
  const latest = useApi(`latest-events:${id}`, (signal) =>
    api.events({ group: id, sort: '-date', limit: RECENT }, signal),
  );
  const profile = entity.data?.profile;
  useTitle(profile?.name ?? (kind === 'organization' ? 'Organization' : 'Person'));
  if (!profile) {
    return (
      <section className="page">
        <Status loading={entity.loading} error={entity.error} what={`the ${kind}`} />
      </section>
    );
  }
  const recent = latest.data?.items ?? [];
  return (
    <article className="page profile" aria-labelledby="profile-name">
      <header className="profile-head">
        <p className="kind">{kind}</p>
        <h1 id="profile-name" dir="auto">
          {profile.name}
        </h1>
        <DisplayNameForm
          key={id}
          id={id}
          name={profile.name}
          names={[...new Set(profile.names.flatMap((g) => g.names.map((n) => n.text)))]}
          onRenamed={entity.reload}
        />
        <p className="links">
          <Link href={withQuery('/events', { group: id })}>All events</Link>
          <Link href={withQuery('/timeline', { group: id })}>Timeline</Link>
          <Link href={withQuery('/map', { group: id })}>Map</Link>
          <Link href={withQuery('/graph', { entity: id })}>Graph</Link>
        </p>
      </header>

      <KeyFacts profile={profile} />

      <section aria-labelledby="names-h">
        <h2 id="names-h">Names</h2>
        <NamesTable names={profile.names} />
      </section>

      {(profile.parent || profile.branches.length > 0) && (
        <section aria-labelledby="structure-h">
          <h2 id="structure-h">Structure</h2>
          <dl className="facts compact">
            {profile.parent && (
              <div>
                <dt>Part of</dt>
                <dd>
                  <EntityRef entity={profile.parent} />
                </dd>
              </div>
            )}
            {profile.branches.length > 0 && (
              <div>
                <dt>Branches</dt>
                <dd>
                  <ul className="inline-list">
                    {profile.branches.map((b) => (
                      <li key={b.id ?? b.name}>
                        <EntityRef entity={b} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
        </section>
      )}

      {profile.leaders.length > 0 && (
        <section aria-labelledby="leaders-h">
          <h2 id="leaders-h">Leaders</h2>
          <Leaders profile={profile} />
        </section>
      )}

      {profile.relations.length > 0 && (
        <section aria-labelledby="relations-h">
          <h2 id="relations-h">Relations</h2>
          <ul className="relations">
            {profile.relations.map((r, i) => (
              <li key={i}>
                {r.direction === 'out' ? (
                  <>
                    <span className="muted">{r.label}</span> <EntityRef entity={r.other} />
                  </>
                ) : (
                  <>
                    <EntityRef entity={r.other} />{' '}
                    <span className="muted">
                      {r.label} this {kind}
                    </span>
                  </>
                )}
                {(r.start || r.end) && <span className="term"> · {formatTerm(r.start, r.end)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {kind === 'organization' && (
        <section aria-labelledby="attacks-h">
          <h2 id="attacks-h">Attacks per year</h2>
          <AttacksChart perYear={profile.attacksPerYear} />
        </section>
      )}

      {kind === 'organization' && (
        <section aria-labelledby="casualties-h">
          <h2 id="casualties-h">Casualties per year</h2>
          <CasualtiesChart perYear={profile.attacksPerYear} />
        </section>
      )}

      <section aria-labelledby="recent-h">
        <h2 id="recent-h">Recent events</h2>
        {recent.length === 0 ? (
          <Status loading={latest.loading} error={latest.error} what="events" />
        ) : (
          <EventList events={recent} note={(e) => humanize(e.subtype)} />
        )}
      </section>

      <section aria-labelledby="sources-h">
        <h2 id="sources-h">Sources</h2>
        <SourcesList sources={profile.sources} />
      </section>
    </article>
  );
}
