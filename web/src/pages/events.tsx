import { useState, type FormEvent } from 'react';
import type { EventCategory } from '../../../src/model/taxonomy.js';
import { api, ApiError, type EventFilter } from '../api-client.js';
import { CategorySelect } from '../components/category-select.js';
import { Link } from '../components/link.js';
import { Status } from '../components/status.js';
import { DEFAULT_COLUMNS, EVENT_COLUMNS, toCsv, type EventColumn } from '../event-columns.js';
import { eventPath } from '../paths.js';
import { navigate, useLocation, withQuery } from '../router.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

/**
 * The events table: filters (group, period, category), sorting, column choice and a CSV of
 * exactly the rows and columns shown. All of it lives in the URL, so a view is a link.
 *
 * @example
 * <EventsPage /> // at /events?group=IS-CP&sort=killed&dir=desc&cols=date,place,killed
 */
export function EventsPage() {
  const { query } = useLocation();
  useTitle(query.get('group') ? `Events of ${query.get('group')}` : 'Events');
  const filter: EventFilter = {
    group: query.get('group') ?? undefined,
    from: query.get('from') ?? undefined,
    to: query.get('to') ?? undefined,
    category: (query.get('category') as EventCategory | null) ?? undefined,
  };
  const chosen = query.get('cols')?.split(',') ?? DEFAULT_COLUMNS;
  const columns = EVENT_COLUMNS.filter((c) => chosen.includes(c.key));
  const sortKey = query.get('sort') ?? 'date';
  const descending = query.get('dir') === 'desc';
  const { data, error, loading } = useApi(`events:${JSON.stringify(filter)}`, (signal) => api.events(filter, signal));

  const update = (changes: Record<string, string | null>) => {
    const next: Record<string, string | null> = Object.fromEntries(query);
    navigate(withQuery('/events', { ...next, ...changes }), { replace: true });
  };

  const sortColumn = EVENT_COLUMNS.find((c) => c.key === sortKey) ?? EVENT_COLUMNS[0]!;
  const rows = [...(data?.items ?? [])].sort((a, b) => {
    const [x, y] = [sortColumn.sort(a), sortColumn.sort(b)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return descending ? -order : order;
  });

  return (
    <section className="page wide-page">
      <h1>Events</h1>
      <Filters key={JSON.stringify(filter)} filter={filter} error={error} onApply={update} />
      <div className="table-tools">
        <p className="count" aria-live="polite">
          {data && data.total > rows.length
            ? `The first ${rows.length} of ${data.total} events — narrow the filters to see the rest`
            : data
              ? `${rows.length} event${rows.length === 1 ? '' : 's'}`
              : ''}
        </p>
        <ColumnChooser chosen={columns.map((c) => c.key)} onChange={(keys) => update({ cols: keys.join(',') })} />
        <button type="button" disabled={rows.length === 0} onClick={() => download(toCsv(rows, columns))}>
          Download CSV
        </button>
      </div>
      {!data ? (
        <Status loading={loading} error={error instanceof ApiError && error.param ? null : error} what="events" />
      ) : (
        <div className="table-scroll">
          <table className="data events">
            <thead>
              <tr>
                {columns.map((c) => (
                  <SortHeader
                    key={c.key}
                    column={c}
                    sorted={c.key === sortColumn.key ? (descending ? 'descending' : 'ascending') : 'none'}
                    onSort={(dir) => update({ sort: c.key, dir: dir === 'descending' ? 'desc' : null })}
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
      )}
    </section>
  );
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
  const [draft, setDraft] = useState({ group: filter.group ?? '', from: filter.from ?? '', to: filter.to ?? '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ group: draft.group.trim() || null, from: draft.from.trim() || null, to: draft.to.trim() || null });
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

function SortHeader({
  column,
  sorted,
  onSort,
}: {
  column: EventColumn;
  sorted: 'ascending' | 'descending' | 'none';
  onSort: (dir: 'ascending' | 'descending') => void;
}) {
  const arrow = sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '';
  return (
    <th scope="col" aria-sort={sorted} className={column.numeric ? 'num' : undefined}>
      <button type="button" onClick={() => onSort(sorted === 'ascending' ? 'descending' : 'ascending')}>
        {column.label}
        <span aria-hidden="true" className="arrow">
          {arrow}
        </span>
      </button>
    </th>
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
