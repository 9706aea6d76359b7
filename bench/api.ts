import Database from 'better-sqlite3';
import { createApp } from '../src/api/app.js';
import { encodeCursor } from '../src/store/cursor.js';
import { openStore } from '../src/store/open-store.js';
import { benchEventsDatabase, benchOrganization } from './api-events-db.js';

/** One measured request: its label, path and latency percentiles in milliseconds. */
export interface ApiTiming {
  label: string;
  path: string;
  p50: number;
  p95: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/**
 * Latency of the event list, facets, map places and profile endpoints over a generated database of `count` events,
 * through the app's `request` (routing, validation, query, JSON), `runs` requests each after a
 * warm-up. Throws when a request does not answer 200, so a figure is never of an error page.
 *
 * @example
 * for (const t of await benchApi(1_000_000)) console.log(t.label, t.p95);
 */
export async function benchApi(count: number, runs = 40): Promise<ApiTiming[]> {
  const path = await benchEventsDatabase(count);
  // The key of the row halfway down the default order, as the cursor of the page before it.
  const raw = new Database(path, { readonly: true });
  const middle = raw
    .prepare(
      `select coalesce(e.date_start, '') as key, e.id from events e join incidents i on i.id = e.id
       where e.review_status != 'rejected' order by 1, 2 limit 1 offset ?`,
    )
    .get(Math.floor(count / 2)) as { key: string; id: string };
  raw.close();
  const deep = encodeCursor({ sort: 'date', key: middle.key, id: middle.id });

  const store = await openStore({ path });
  const app = createApp(store, { webRoot: '/nonexistent' });
  const group = benchOrganization(150);
  const requests: [string, string][] = [
    ['event list, first page', '/api/v1/events?limit=100'],
    ['event list, most killed first', '/api/v1/events?limit=100&sort=-killed'],
    ['event list, filtered (attacks 2016–2018)', '/api/v1/events?limit=100&category=attack&from=2016&to=2018'],
    ['event list, filtered (one group, ≥5 killed)', `/api/v1/events?limit=100&group=${group}&killed_min=5`],
    ['event list, one group, latest first', `/api/v1/events?limit=100&group=${group}&sort=-date`],
    ['event list, page at the middle (cursor)', `/api/v1/events?limit=100&cursor=${deep}`],
    ['event list, first page as CSV', '/api/v1/events?limit=100&format=csv'],
    ['facets, all events', '/api/v1/facets'],
    ['facets, one group', `/api/v1/facets?group=${group}`],
    ['facets, one region', '/api/v1/facets?place=Dagestan'],
    ['facets, attacks (broad filter)', '/api/v1/facets?category=attack'],
    ['facets, attacks 2016–2018', '/api/v1/facets?category=attack&from=2016&to=2018'],
    ['map places, one group', `/api/v1/event-places?group=${group}`],
    ['map places, one region', '/api/v1/event-places?place=Dagestan'],
    ['profile of one group', `/api/v1/organizations/${group}/profile`],
  ];
  const timings: ApiTiming[] = [];
  try {
    for (const [label, url] of requests) {
      const once = async () => {
        const start = performance.now();
        const response = await app.request(url);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
        return performance.now() - start;
      };
      for (let i = 0; i < 3; i++) await once();
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) samples.push(await once());
      samples.sort((a, b) => a - b);
      timings.push({ label, path: url, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) });
    }
  } finally {
    await store.close();
  }
  return timings;
}
