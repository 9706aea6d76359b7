import type { EventCategory } from '../../../src/model/taxonomy.js';
import { api, type EventFilter } from '../api-client.js';
import { CategorySelect } from '../components/category-select.js';
import { EventList } from '../components/event-list.js';
import { EventMap, type MapView } from '../components/event-map.js';
import { Link } from '../components/link.js';
import { PartialNote } from '../components/partial-note.js';
import { Status } from '../components/status.js';
import { navigate, useLocation, withQuery } from '../router.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

// The view as a link writes it: `view=43.3,45.7,4` (latitude, longitude, zoom).
function parseView(text: string | null): MapView | null {
  const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(\d+(?:\.\d+)?)$/.exec(text ?? '');
  return m ? { lat: Number(m[1]), lon: Number(m[2]), k: Number(m[3]) } : null;
}

/**
 * The map of events for a group, a period and a category (from the URL), with the events the
 * sources place too vaguely to draw listed beneath. The filters and the zoomed view live in the URL.
 *
 * @example
 * <MapPage /> // at /map?group=org_islamic-state-caucasus-province&category=attack&view=43.3,45.7,4
 */
export function MapPage() {
  const { query } = useLocation();
  useTitle('Map of events');
  const filter: EventFilter = {
    group: query.get('group') ?? undefined,
    from: query.get('from') ?? undefined,
    to: query.get('to') ?? undefined,
    category: (query.get('category') as EventCategory | null) ?? undefined,
  };
  const view = parseView(query.get('view'));
  const at = (next: MapView | null) => (next ? `${next.lat},${next.lon},${next.k}` : undefined);
  const { data, error, loading } = useApi(`events:${JSON.stringify(filter)}`, (signal) => api.events(filter, signal));
  const unplaced = (data?.items ?? []).filter((e) => e.location.lat === null || e.location.lon === null);
  return (
    <section className="page wide-page">
      <h1>Map of events</h1>
      <div className="filters">
        {filter.group && (
          <p>
            Events of <strong>{filter.group}</strong> ·{' '}
            <Link href={withQuery('/map', { ...filter, group: undefined })}>all groups</Link>
          </p>
        )}
        <CategorySelect
          value={filter.category}
          onChange={(category) =>
            navigate(withQuery('/map', { ...filter, category: category ?? undefined, view: at(view) }), {
              replace: true,
            })
          }
        />
      </div>
      {data && <PartialNote page={data} filter={filter} />}
      {data ? (
        <EventMap
          events={data.items}
          view={view}
          onViewChange={(next) => navigate(withQuery('/map', { ...filter, view: at(next) }), { replace: true })}
        />
      ) : (
        <Status loading={loading} error={error} what="events" />
      )}
      {unplaced.length > 0 && (
        <details className="unplaced">
          <summary>
            {unplaced.length} event{unplaced.length === 1 ? '' : 's'} without coordinates
          </summary>
          <EventList events={unplaced} note={(e) => e.location.name} />
        </details>
      )}
    </section>
  );
}
