/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are checked by the assertions, not by types */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS, goldInputs, scratchDatabase } from '../store/backends.js';
import { call, walk } from './request.js';

const scratch = scratchDatabase();
let store: Store;
const app = () => createApp(store, { webRoot: '/nonexistent' });

beforeAll(async () => {
  store = await BACKENDS[0]!.open(scratch.path);
  for (const input of goldInputs()) await store.ingest(input);
});
afterAll(async () => {
  await store.close();
  await scratch.cleanup();
});

/** Facets from the precomputed counts (no filter) and counted over the events (a filter every event passes). */
async function bothWays(query = '') {
  const precomputed = (await call(app(), `/api/v1/facets?${query}`)).body;
  const counted = (await call(app(), `/api/v1/facets?from=0001&${query}`)).body;
  return { precomputed, counted };
}

/** Edits the database behind the store's back, as resolution and review do. */
function write(sql: string, ...params: unknown[]) {
  const db = new Database(scratch.path);
  db.prepare(sql).run(...params);
  db.close();
}

describe('event facets', () => {
  it('count exactly the events the list shows, by category, year, country and perpetrator', async () => {
    const { items } = await walk(app(), '/api/v1/events?limit=1000');
    const { body } = await call(app(), '/api/v1/facets');
    const tally = (key: (e: any) => (string | null)[]) => {
      const counts = new Map<string | null, number>();
      for (const e of items) for (const k of key(e)) counts.set(k, (counts.get(k) ?? 0) + 1);
      return counts;
    };
    const asMap = (list: any[]) => new Map(list.map((f) => [f.value, f.count]));
    expect(asMap(body.category)).toEqual(tally((e) => [e.category]));
    expect(asMap(body.country)).toEqual(tally((e) => [e.location.country]));
    expect(asMap(body.year)).toEqual(tally((e) => [e.dateStart?.slice(0, 4) ?? null]));
    expect(asMap(body.perpetrator)).toEqual(
      tally((e) => e.perpetrators.map((p: any) => p.entityId).filter((id: string | null) => id !== null)),
    );
    const province = body.perpetrator.find((p: any) => p.value === 'org_islamic-state-caucasus-province');
    expect(province.label).toMatch(/Caucasus Province/);
    const counts = body.category.map((f: any) => f.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('honour the list filters: facets of a filter count what that filtered list shows', async () => {
    const attacks = await walk(app(), '/api/v1/events?limit=1000&group=IS-CP&category=attack');
    const { body } = await call(app(), '/api/v1/facets?group=IS-CP&category=attack');
    expect(body.category).toEqual([{ value: 'attack', count: attacks.items.length }]);
    const onlyAttacks = (await call(app(), '/api/v1/facets?category=attack')).body;
    const allAttacks = await walk(app(), '/api/v1/events?limit=1000&category=attack');
    expect(onlyAttacks.subtype.reduce((n: number, f: any) => n + f.count, 0)).toBe(allAttacks.items.length);
  });

  it('stay exact through re-ingest, review, incident merges and relinking, precomputed as counted', async () => {
    const start = await bothWays();
    expect(start.precomputed).toEqual(start.counted);

    const [input] = goldInputs();
    const changed = { ...input!, document: { ...input!.document, contentHash: 'changed' } };
    expect((await store.ingest(changed)).status).toBe('replaced');
    let now = await bothWays();
    expect(now.precomputed).toEqual(now.counted);
    expect(now.precomputed).toEqual(start.precomputed);

    const [first, second] = (await call(app(), '/api/v1/events?limit=2&category=attack')).body.items;
    write(`update events set review_status = 'rejected' where id = ?`, first.id);
    now = await bothWays();
    expect(now.precomputed).toEqual(now.counted);
    const attacks = (f: any) => f.category.find((c: any) => c.value === 'attack').count;
    expect(attacks(now.precomputed)).toBe(attacks(start.precomputed) - 1);
    const all = await bothWays('review=all');
    expect(all.precomputed).toEqual(all.counted);
    expect(attacks(all.precomputed)).toBe(attacks(start.precomputed));

    write(`delete from incidents where id = ?`, second.id);
    write(`update event_perpetrators set entity_id = null where event_id in (select id from events limit 3)`);
    write(
      `update events set category = 'security_operation', subtype = 'raid' where id = (select id from incidents limit 1)`,
    );
    now = await bothWays();
    expect(now.precomputed).toEqual(now.counted);
  });
});
