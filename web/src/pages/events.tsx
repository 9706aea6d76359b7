import { useState, type FormEvent } from 'react';
import type { Attribution, EventCategory } from '../../../src/model/taxonomy.js';
import { api, ApiError, type EventFacets, type EventFilter, type EventSort } from '../api-client.js';
import { CategorySelect } from '../components/category-select.js';
import { Link } from '../components/link.js';
import { Status } from '../components/status.js';
import { DEFAULT_COLUMNS, EVENT_COLUMNS, toCsv, type EventColumn } from '../event-columns.js';
import { humanize } from '../format.js';
import { eventPath } from '../paths.js';
import { navigate, useLocation, withQuery } from '../router.js';
import { useApi } from '../use-api.js';
import { useEventPages } from '../use-event-pages.js';
import { useTitle } from '../use-title.js';

// Rows per page unless the URL asks for another size (`?limit=`, at most the API's 1000).
const PAGE_SIZE = 100;

/**
 * The events table: filters (group, period, place, category), facet counts that narrow the
 * filter, sorting on the server, pages read on demand, column choice and a CSV of exactly the
 * rows and columns shown. All of it lives in the URL, so a view is a link.
 *
 * @example
 * <EventsPage /> // at /events?group=IS-CP&sort=-killed&cols=date,place,killed
 */
export function EventsPage() {
  const { query } = useLocation();
  useTitle(query.get('group') ? `Events of ${query.get('group')}` : 'Events');
  const filter: EventFilter = {
    group: query.get('group') ?? undefined,
    from: query.get('from') ?? undefined,
    to: query.get('to') ?? undefined,
    place: query.get('place') ?? undefined,
    category: (query.get('category') as EventCategory | null) ?? undefined,
    attribution: (query.get('attribution') as Attribution | null) ?? undefined,
  };
  const chosen = query.get('cols')?.split(',') ?? DEFAULT_COLUMNS;
  const columns = EVENT_COLUMNS.filter((c) => chosen.includes(c.key));
  const sort = sortOf(query.get('sort'));
  const limit = Math.min(Number(query.get('limit')) || PAGE_SIZE, 1000);
  const events = useEventPages({ ...filter, sort, limit });
  const facets = useApi(`facets:${JSON.stringify(filter)}`, (signal) => api.facets(filter, signal));
  // Every event has exactly one category, so the category counts add up to the whole list.
  const total = facets.data?.category.reduce((sum, c) => sum + c.count, 0) ?? null;
  const error = events.error ?? facets.error;

  const update = (changes: Record<string, string | null>) => {
    const next: Record<string, string | null> = Object.fromEntries(query);
    navigate(withQuery('/events', { ...next, ...changes }), { replace: true });
  };

  const rows = events.items;
  return (
    <section className="page wide-page">
      <h1>Events</h1>
      <Filters key={JSON.stringify(filter)} filter={filter} error={error} onApply={update} />
      <div className="events-layout">
        <FacetSidebar facets={facets.data} filter={filter} onApply={update} />
        <div className="events-main">
          <div className="table-tools">
            <p className="count" aria-live="polite">
              {events.ready ? countText(rows.length, total, events.next !== null) : ''}
            </p>
            <ColumnChooser chosen={columns.map((c) => c.key)} onChange={(keys) => update({ cols: keys.join(',') })} />
            <button type="button" disabled={rows.length === 0} onClick={() => download(toCsv(rows, columns))}>
              Download CSV
            </button>
          </div>
          {!events.ready ? (
            <Status
              loading={events.loading}
              error={error instanceof ApiError && error.param ? null : error}
              what="events"
            />
          ) : (
            <>
              <div className="table-scroll">
                <table className="data events">
                  <thead>
                    <tr>
                      {columns.map((c) => (
                        <ColumnHeader
                          key={c.key}
                          column={c}
                          sort={sort}
                          onSort={(order) => update({ sort: order === 'date' ? null : order })}
                        />
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((e) => (
                      <tr key={e.id}>
                        {columns.map((c, i) => (
                          <td key={c.key} className={`col-${c.key}${c.numeric ? ' num' : ''}`} data-label={c.label}>
                            {i === 0 ? <Link href={eventPath(e.id)}>{c.text(e) || 'event'}</Link> : c.text(e)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {events.next !== null && (
                <button type="button" className="load-more" disabled={events.loading} onClick={events.loadMore}>
                  {events.loading ? 'Loading…' : `Load ${limit} more`}
                </button>
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}

// The server order a `?sort=` names, by a sortable column's order; the date order otherwise.
function sortOf(param: string | null): EventSort {
  const order = param?.replace(/^-/, '');
  return EVENT_COLUMNS.some((c) => c.order !== undefined && c.order === order) ? (param as EventSort) : 'date';
}

function countText(shown: number, total: number | null, more: boolean): string {
  const noun = (n: number) => `${n} event${n === 1 ? '' : 's'}`;
  if (!more) return noun(shown);
  return total === null ? `The first ${noun(shown)}` : `${shown} of ${noun(total)}`;
}

function Filters({
  filter,
  error,
  onApply,
}: {
  filter: EventFilter;
  error: Error | null;
  onApply: (changes: Record<string, string | null>) => void;
}) {
  const [draft, setDraft] = useState({
    group: filter.group ?? '',
    from: filter.from ?? '',
    to: filter.to ?? '',
    place: filter.place ?? '',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(Object.fromEntries(Object.entries(draft).map(([key, value]) => [key, value.trim() || null])));
  };
  const field = (key: keyof typeof draft, label: string, placeholder: string) => (
    <label>
      <span>{label}</span>
      <input
        value={draft[key]}
        placeholder={placeholder}
        aria-invalid={error instanceof ApiError && error.param === key}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
      />
    </label>
  );
  return (
    <form className="filters" onSubmit={submit} aria-label="Filter events">
      {field('group', 'Group or person', 'name or id')}
      {field('from', 'From', 'EDTF, e.g. 2015-06')}
      {field('to', 'To', 'EDTF, e.g. 2019')}
      {field('place', 'Place', 'place, region or country code')}
      <CategorySelect value={filter.category} onChange={(category) => onApply({ category })} />
      <button type="submit">Apply</button>
      {error instanceof ApiError && error.param && (
        <p className="notice error" role="alert">
          {error.message}
        </p>
      )}
    </form>
  );
}

// A column's header: a button that sorts by it where the server can, plain text elsewhere.
function ColumnHeader({
  column,
  sort,
  onSort,
}: {
  column: EventColumn;
  sort: EventSort;
  onSort: (sort: EventSort) => void;
}) {
  const className = column.numeric ? 'num' : undefined;
  const { order } = column;
  if (order === undefined)
    return (
      <th scope="col" className={className}>
        {column.label}
      </th>
    );
  const sorted = sort === order ? 'ascending' : sort === `-${order}` ? 'descending' : 'none';
  const arrow = sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '';
  return (
    <th scope="col" aria-sort={sorted} className={className}>
      <button type="button" onClick={() => onSort(sorted === 'ascending' ? `-${order}` : order)}>
        {column.label}
        <span aria-hidden="true" className="arrow">
          {arrow}
        </span>
      </button>
    </th>
  );
}

// The facets the sidebar offers, each with the filter that a click on one of its values sets.
const FACETS: {
  key: 'category' | 'attribution' | 'country' | 'year';
  label: string;
  text: (value: string) => string;
  apply: (value: string) => Record<string, string>;
  active: (filter: EventFilter, value: string) => boolean;
}[] = [
  {
    key: 'category',
    label: 'Category',
    text: humanize,
    apply: (value) => ({ category: value }),
    active: (f, value) => f.category === value,
  },
  {
    key: 'attribution',
    label: 'Attribution',
    text: humanize,
    apply: (value) => ({ attribution: value }),
    active: (f, value) => f.attribution === value,
  },
  {
    key: 'country',
    label: 'Country',
    text: (value) => value,
    apply: (value) => ({ place: value }),
    active: (f, value) => f.place === value,
  },
  {
    key: 'year',
    label: 'Year',
    text: (value) => value,
    apply: (value) => ({ from: value, to: value }),
    active: (f, value) => f.from === value && f.to === value,
  },
];

// Counts of the listed events by category, attribution, country and year; a value narrows the
// filter to it, and a second press lifts that narrowing again.
function FacetSidebar({
  facets,
  filter,
  onApply,
}: {
  facets: EventFacets | null;
  filter: EventFilter;
  onApply: (changes: Record<string, string | null>) => void;
}) {
  return (
    <aside className="facets" aria-label="Counts by facet">
      {FACETS.map((facet) => {
        const counts = (facets?.[facet.key] ?? []).filter((c): c is typeof c & { value: string } => c.value !== null);
        if (facet.key === 'year') counts.sort((a, b) => a.value.localeCompare(b.value));
        return (
          <section key={facet.key} aria-label={facet.label} data-facet={facet.key}>
            <h2>{facet.label}</h2>
            <ul>
              {counts.map((c) => {
                const active = facet.active(filter, c.value);
                const changes = facet.apply(c.value);
                return (
                  <li key={c.value}>
                    <button
                      type="button"
                      aria-pressed={active}
                      onClick={() =>
                        onApply(active ? Object.fromEntries(Object.keys(changes).map((k) => [k, null])) : changes)
                      }
                    >
                      <span className="value">{facet.text(c.value)}</span> <span className="count">{c.count}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}

function ColumnChooser({ chosen, onChange }: { chosen: string[]; onChange: (keys: string[]) => void }) {
  const toggle = (key: string, on: boolean) =>
    onChange(EVENT_COLUMNS.map((c) => c.key).filter((k) => (k === key ? on : chosen.includes(k))));
  return (
    <details className="column-chooser">
      <summary>Columns</summary>
      <fieldset>
        <legend className="visually-hidden">Columns to show</legend>
        {EVENT_COLUMNS.map((c) => (
          <label key={c.key}>
            <input
              type="checkbox"
              checked={chosen.includes(c.key)}
              disabled={chosen.length === 1 && chosen.includes(c.key)}
              onChange={(event) => toggle(c.key, event.target.checked)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

function download(csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: 'chronicle-events.csv' });
  link.click();
  URL.revokeObjectURL(url);
}
