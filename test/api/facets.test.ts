/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are checked by the assertions, not by types */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { BACKENDS, goldInputs, useGoldStore } from '../store/backends.js';
import { call, walk } from './request.js';

const kb = useGoldStore(BACKENDS[0]!);
const app = () => createApp(kb.store, { webRoot: '/nonexistent' });

/** Facets from the precomputed counts (no filter) and counted over the events (a filter every event passes). */
async function bothWays(query = '') {
  const precomputed = (await call(app(), `/api/v1/facets?${query}`)).body;
  const counted = (await call(app(), `/api/v1/facets?from=0001-01-02&${query}`)).body;
  return { precomputed, counted };
}

/** Places of each kind the precomputed counts answer: regions, a country, a town, in any case. */
const PLACES = ['dagestan', 'Chechnya', 'RU', 'ru', 'Kizlyar'];

/** Whole years the precomputed counts answer. */
const YEARS = ['from=2015&to=2018', 'from=2019', 'to=2016', 'from=2015&to=2018&category=attack'];

/** Facets as the listed events tally them, for the facets whose value the list shows directly. */
function tally(items: any[]) {
  const count = (key: (e: any) => (string | null)[]) => {
    const counts = new Map<string | null, number>();
    for (const e of items) for (const k of key(e)) counts.set(k, (counts.get(k) ?? 0) + 1);
    return counts;
  };
  return {
    category: count((e) => [e.category]),
    country: count((e) => [e.location.country]),
    year: count((e) => [e.dateStart?.slice(0, 4) ?? null]),
    perpetrator: count((e) => e.perpetrators.map((p: any) => p.entityId).filter((id: string | null) => id !== null)),
  };
}

/** The same facets from an answer of the facets endpoint. */
const tallied = (body: any) =>
  Object.fromEntries(
    ['category', 'country', 'year', 'perpetrator'].map((f) => [
      f,
      new Map(body[f].map((c: any) => [c.value, c.count])),
    ]),
  );

/** Expects the precomputed facets of every place and of whole years to equal the counted ones, and of no filter. */
async function expectPlacesExact() {
  for (const query of ['', ...PLACES.map((p) => `place=${p}`), 'place=dagestan&category=attack']) {
    const { precomputed, counted } = await bothWays(query);
    expect(precomputed, query).toEqual(counted);
  }
  for (const years of YEARS) {
    const { items } = await walk(app(), `/api/v1/events?limit=1000&${years}`);
    expect(items.length, years).toBeGreaterThan(0);
    expect(tallied((await call(app(), `/api/v1/facets?${years}`)).body), years).toEqual(tally(items));
  }
}

/** Edits the database behind the store's back, as resolution and review do. */
function write(sql: string, ...params: unknown[]) {
  const db = new Database(kb.path);
  db.prepare(sql).run(...params);
  db.close();
}

describe('event facets', () => {
  it('count exactly the events the list shows, by category, year, country and perpetrator', async () => {
    const { items } = await walk(app(), '/api/v1/events?limit=1000');
    const { body } = await call(app(), '/api/v1/facets');
    expect(tallied(body)).toEqual(tally(items));
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
    expect((await kb.store.ingest(changed)).status).toBe('replaced');
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

    await expectPlacesExact();
    write(`delete from incidents where id = ?`, second.id);
    write(`update event_perpetrators set entity_id = null where event_id in (select id from events limit 3)`);
    write(
      `update events set category = 'security_operation', subtype = 'raid' where id = (select id from incidents limit 1)`,
    );
    now = await bothWays();
    expect(now.precomputed).toEqual(now.counted);
    write(
      `update events set location_admin1 = 'Chechnya' where id = (select e.id from events e join incidents i on i.id = e.id where e.location_admin1 = 'Dagestan' limit 1)`,
    );
    // An event of 2018 that comes to span into 2019, and one that loses its start.
    write(
      `update events set date_end = '2019-03-01' where id = (select e.id from events e join incidents i on i.id = e.id where e.date_start like '2018%' limit 1)`,
    );
    write(
      `update events set date_start = null where id = (select e.id from events e join incidents i on i.id = e.id where e.date_start like '2016%' limit 1)`,
    );
    await expectPlacesExact();
  });

  it('of a place count the events of the region or country and those named or aliased so, once each', async () => {
    for (const place of PLACES) {
      const { items } = await walk(app(), `/api/v1/events?limit=1000&place=${place}`);
      const { body } = await call(app(), `/api/v1/facets?place=${place}`);
      expect(
        body.category.reduce((n: number, f: any) => n + f.count, 0),
        place,
      ).toBe(items.length);
    }
    expect((await call(app(), '/api/v1/facets?place=dagestan')).body.admin1.length).toBeGreaterThan(0);
    await expectPlacesExact();
  });
});
