import { useMemo } from 'react';
import type { EventCategory } from '../../../src/model/taxonomy.js';
import { api, type EventFilter } from '../api-client.js';
import { CategorySelect } from '../components/category-select.js';
import { EventList } from '../components/event-list.js';
import { EventMap, type MapContent, type MapView } from '../components/event-map.js';
import { Link } from '../components/link.js';
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
 * sources place too vaguely to draw listed beneath. When the filter holds more events than one
 * page, the map draws every one of them by the place it happened at, each place a link to its
 * events. The filters and the zoomed view live in the URL.
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
  // More than a page: the places of all of them, counted by the server.
  const partial = data !== null && data.next !== null;
  const places = useApi(partial ? `event-places:${JSON.stringify(filter)}` : null, (signal) =>
    api.eventPlaces(filter, signal),
  );
  const content = useMemo((): MapContent | null => {
    if (!data) return null;
    if (!partial) return { events: data.items };
    return places.data
      ? { places: places.data.places, placeHref: (p) => withQuery('/events', { ...filter, place: p.name }) }
      : null;
    // The filter is part of the keys of both requests.
  }, [data, partial, places.data]);
  const unplaced = partial ? [] : (data?.items ?? []).filter((e) => e.location.lat === null || e.location.lon === null);
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
      {places.data && (
        <p className="muted partial-note">
          {places.data.places.reduce((n, p) => n + p.events, 0)} events at {places.data.places.length} places, each
          place a link to its events
          {places.data.elsewhere > 0 && `; ${places.data.elsewhere} more at less busy places`}
          {places.data.unplaced > 0 && `; ${places.data.unplaced} more without coordinates`}.
        </p>
      )}
      {content ? (
        <EventMap
          content={content}
          view={view}
          onViewChange={(next) => navigate(withQuery('/map', { ...filter, view: at(next) }), { replace: true })}
        />
      ) : (
        <Status loading={loading || places.loading} error={error ?? places.error} what="events" />
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
