import { edtfRange } from '../../../src/model/edtf.js';
import type { EventCategory } from '../../../src/model/taxonomy.js';
import { api, type EventFilter, type Profile } from '../api-client.js';
import { CategorySelect } from '../components/category-select.js';
import { Link } from '../components/link.js';
import { PartialNote } from '../components/partial-note.js';
import { Status } from '../components/status.js';
import { TimelineChart, type Period } from '../components/timeline-chart.js';
import { kindOfId } from '../paths.js';
import { navigate, useLocation, withQuery } from '../router.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';
import { useWidth } from '../use-width.js';

// The relations worth a lane of their own, as periods of the entity's life.
function periodsOf(profile: Profile | null | undefined): Period[] {
  if (!profile) return [];
  return [
    ...profile.leaders.map((l) => ({ label: `${l.name} (leader)`, start: l.start, end: l.end })),
    ...profile.relations
      .filter((r) => r.start || r.end)
      .map((r) => ({
        label: `${r.direction === 'out' ? '' : `${r.other.name} `}${r.label}${r.direction === 'out' ? ` ${r.other.name}` : ''}`,
        start: r.start,
        end: r.end,
      })),
  ];
}

const yearOf = (day: string | null | undefined) => (day ? Number(day.slice(0, 4)) : null);

/**
 * The timeline of a group's events and of its leaders' terms and other relation periods, with
 * the shown years in the URL (`view=2015-2019`) so a zoomed view is a link too. The events per
 * year are counted over all of them; the events drawn one by one are those of the years shown,
 * so zooming in on a filter of any size reaches each of its events.
 *
 * @example
 * <TimelinePage /> // at /timeline?group=org_islamic-state-caucasus-province&view=2015-2019
 */
export function TimelinePage() {
  const { query } = useLocation();
  useTitle('Timeline');
  const group = query.get('group') ?? undefined;
  const filter: EventFilter = { group, category: (query.get('category') as EventCategory | null) ?? undefined };
  const facets = useApi(`facets:${JSON.stringify(filter)}`, (signal) => api.facets(filter, signal));
  const entityId = group && /^(org|per)_/.test(group) ? group : null;
  const load = entityId && kindOfId(entityId) === 'person' ? api.person : api.organization;
  const entity = useApi(entityId ? `entity:${entityId}` : null, (signal) => load(entityId!, signal));
  const [frame, width] = useWidth<HTMLDivElement>(1000);

  const perYear = (facets.data?.year ?? [])
    .filter((c) => c.value !== null)
    .map((c) => ({ year: Number(c.value), count: c.count }));
  const periods = periodsOf(entity.data?.profile);
  const years = [
    ...perYear.map((y) => y.year),
    ...periods.flatMap((p) => [yearOf(p.start && edtfRange(p.start)?.start), yearOf(p.end && edtfRange(p.end)?.end)]),
  ].filter((y): y is number => y !== null);
  const [first, last] = years.length ? [Math.min(...years), Math.max(...years)] : [2000, new Date().getFullYear()];
  const view = /^(\d{4})-(\d{4})$/.exec(query.get('view') ?? '');
  const from = view ? Number(view[1]) : first;
  const to = view ? Math.max(Number(view[2]), from) : last;
  const show = (a: number, b: number) =>
    navigate(
      withQuery('/timeline', { ...Object.fromEntries(query), view: a <= first && b >= last ? null : `${a}-${b}` }),
      { replace: true },
    );
  const span = to - from;
  const centre = (from + to) / 2;
  // The years shown, once the counts say which years there are; a zoomed view asks for its own years only.
  const shown: EventFilter = view ? { ...filter, from: String(from), to: String(to) } : filter;
  const events = useApi(facets.data ? `events:${JSON.stringify(shown)}` : null, (signal) => api.events(shown, signal));
  const items = events.data?.items ?? [];

  return (
    <section className="page wide-page">
      <h1>Timeline{entity.data ? `: ${entity.data.name}` : group ? `: ${group}` : ''}</h1>
      <div className="filters">
        <CategorySelect
          value={filter.category}
          onChange={(category) =>
            navigate(withQuery('/timeline', { ...Object.fromEntries(query), category }), { replace: true })
          }
        />
        <div className="zoom" role="group" aria-label="Years shown">
          <button
            type="button"
            disabled={span < 1}
            onClick={() => show(Math.floor(centre - span / 4), Math.ceil(centre + span / 4))}
          >
            Zoom in
          </button>
          <button type="button" onClick={() => show(Math.floor(centre - span), Math.ceil(centre + span))}>
            Zoom out
          </button>
          <button
            type="button"
            onClick={() => show(from - Math.max(1, Math.round(span / 3)), to - Math.max(1, Math.round(span / 3)))}
          >
            ← Earlier
          </button>
          <button
            type="button"
            onClick={() => show(from + Math.max(1, Math.round(span / 3)), to + Math.max(1, Math.round(span / 3)))}
          >
            Later →
          </button>
          <button type="button" onClick={() => show(first, last)}>
            All years
          </button>
        </div>
        {group && (
          <p>
            <Link href={withQuery('/timeline', { category: filter.category })}>all groups</Link>
          </p>
        )}
      </div>
      <div ref={frame} className="timeline-frame">
        {events.data ? (
          <TimelineChart events={items} perYear={perYear} periods={periods} from={from} to={to} width={width} />
        ) : (
          <Status loading={facets.loading || events.loading} error={facets.error ?? events.error} what="events" />
        )}
      </div>
      {events.data && <PartialNote page={events.data} filter={shown} />}
      <p className="legend-note muted">
        The first lane counts every event per year. Dots are dated to the day; bars cover every day a vaguer date may
        mean (a month, a year, an interval); dashed bars are open-ended. Grey bars are relation periods.
      </p>
    </section>
  );
}
