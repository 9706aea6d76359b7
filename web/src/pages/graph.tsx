import { edtfRange } from '../../../src/model/edtf.js';
import { api } from '../api-client.js';
import { EgoGraph, edgesOf } from '../components/ego-graph.js';
import { EntityRef } from '../components/entity-ref.js';
import { Link } from '../components/link.js';
import { Status } from '../components/status.js';
import { kindOfId } from '../paths.js';
import { navigate, useLocation, withQuery } from '../router.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

/**
 * The relationship graph around one organization or person, with a year slider that fades the
 * relations that did not hold then. Entity and year live in the URL.
 *
 * @example
 * <GraphPage /> // at /graph?entity=org_islamic-state-caucasus-province&at=2016
 */
export function GraphPage() {
  const { query } = useLocation();
  useTitle('Relationship graph');
  const id = query.get('entity');
  const load = id && kindOfId(id) === 'person' ? api.person : api.organization;
  const { data, error, loading } = useApi(id ? `entity:${id}` : null, (signal) => load(id!, signal));
  const year = Number(query.get('at')) || null;
  const open = (next: string) => navigate(withQuery('/graph', { entity: next, at: query.get('at') }));

  if (!id) {
    return (
      <section className="page">
        <h1>Relationship graph</h1>
        <p>
          Open the graph from a profile, or <Link href="/organizations">pick an organization</Link>.
        </p>
      </section>
    );
  }
  const profile = data?.profile;
  if (!profile) {
    return (
      <section className="page">
        <Status loading={loading} error={error} what="the relations" />
      </section>
    );
  }
  const edges = edgesOf(profile);
  const years = edges
    .flatMap((e) => [e.start && edtfRange(e.start)?.start, e.end && edtfRange(e.end)?.end])
    .filter((d): d is string => Boolean(d))
    .map((d) => Number(d.slice(0, 4)));
  const [min, max] = years.length ? [Math.min(...years) - 1, Math.max(...years) + 1] : [null, null];
  return (
    <section className="page">
      <h1>
        Relations of <EntityRef entity={{ id: profile.id, name: profile.name }} />
      </h1>
      {min !== null && max !== null && (
        <div className="filters">
          <label className="slider">
            <span>Network in {year ?? 'all years'}</span>
            <input
              type="range"
              min={min}
              max={max}
              value={year ?? max}
              onChange={(event) =>
                navigate(withQuery('/graph', { entity: id, at: event.target.value }), { replace: true })
              }
            />
          </label>
          {year !== null && (
            <button type="button" onClick={() => navigate(withQuery('/graph', { entity: id }), { replace: true })}>
              All years
            </button>
          )}
        </div>
      )}
      {edges.length === 0 ? (
        <p className="muted">No relations recorded.</p>
      ) : (
        <div className="graph-frame">
          <EgoGraph
            profile={profile}
            year={year}
            hrefOf={(next) => withQuery('/graph', { entity: next, at: query.get('at') })}
            onOpen={open}
          />
        </div>
      )}
      <p className="legend-note muted">
        Squares are organizations, circles people; arrows point from subject to object. Dashed edges have no dates;
        faded ones did not hold in the chosen year.
      </p>
    </section>
  );
}
