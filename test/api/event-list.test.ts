/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are checked by the assertions, not by types */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { countBounds } from '../../src/model/count.js';
import { BACKENDS, useGoldStore } from '../store/backends.js';
import { call, walk } from './request.js';

const kb = useGoldStore(BACKENDS[0]!);
const app = () => createApp(kb.store, { webRoot: '/nonexistent' });
const killedMin = (e: any) => (e.killed === null ? -1 : countBounds(e.killed)[0]);

describe('the event list', () => {
  it('walks every event exactly once by cursor, in the order of the whole list, for each sort', async () => {
    const whole = (await call(app(), '/api/v1/events?limit=1000')).body.items.map((e: any) => e.id);
    expect(whole.length).toBeGreaterThan(20);
    const { items, pages } = await walk(app(), '/api/v1/events?limit=7');
    expect(pages).toBe(Math.ceil(whole.length / 7));
    expect(items.map((e) => e.id)).toEqual(whole);

    const byKilled = (await walk(app(), '/api/v1/events?limit=5&sort=-killed')).items;
    expect(new Set(byKilled.map((e) => e.id)).size).toBe(whole.length);
    const killed = byKilled.map(killedMin);
    expect(killed).toEqual([...killed].sort((a, b) => b - a));
  });

  it('puts the next page in `next`, and refuses a cursor made for another sort', async () => {
    const first = await call(app(), '/api/v1/events?limit=2&category=attack');
    expect(first.body.next).toMatch(/^\/api\/v1\/events\?limit=2&category=attack&cursor=/);
    expect(first.headers.get('link')).toBe(`<${first.body.next}>; rel="next"`);
    const cursor = new URL(first.body.next, 'http://x').searchParams.get('cursor');
    const wrong = await call(app(), `/api/v1/events?sort=-killed&cursor=${cursor}`);
    expect(wrong).toMatchObject({ status: 400, body: { param: 'cursor' } });
    expect(wrong.body.detail).toMatch(/sorted by date, not by -killed/);
    expect((await call(app(), '/api/v1/events?cursor=garbage')).body.param).toBe('cursor');
  });

  it('filters by place (name, alias, region or country, any case), casualties, subtype and attribution', async () => {
    const all = (await call(app(), '/api/v1/events?limit=1000')).body.items;
    const dagestan = (await call(app(), '/api/v1/events?limit=1000&place=dagestan')).body.items;
    expect(dagestan.length).toBeGreaterThan(0);
    expect(dagestan.length).toBeLessThan(all.length);
    for (const e of dagestan) {
      const names = [e.location.name, e.location.admin1, e.location.country, ...e.location.aliases];
      expect(
        names.map((n: string | null) => n?.toLowerCase()),
        e.id,
      ).toContain('dagestan');
    }
    const deadly = (await call(app(), '/api/v1/events?limit=1000&killed_min=5')).body.items;
    expect(deadly.length).toBeGreaterThan(0);
    expect(deadly.every((e: any) => killedMin(e) >= 5)).toBe(true);
    expect(deadly.length).toBe(all.filter((e: any) => killedMin(e) >= 5).length);
    const claimedBombings = (await call(app(), '/api/v1/events?limit=1000&subtype=bombing&attribution=claimed')).body
      .items;
    expect(claimedBombings).toEqual(all.filter((e: any) => e.subtype === 'bombing' && e.attribution === 'claimed'));
  });

  it('filters by document: the incidents any report of which the document holds, and counts them alike', async () => {
    const all = (await call(app(), '/api/v1/events?limit=1000')).body.items;
    const documentId = all[0].reports[0].documentId;
    const reported = (await call(app(), `/api/v1/events?limit=1000&document=${documentId}`)).body.items;
    expect(reported.length).toBeGreaterThan(0);
    expect(reported).toEqual(all.filter((e: any) => e.reports.some((r: any) => r.documentId === documentId)));
    const facets = (await call(app(), `/api/v1/facets?document=${documentId}`)).body;
    expect(facets.category.reduce((sum: number, c: any) => sum + c.count, 0)).toBe(reported.length);
  });

  it('filters by group by any of its names, and names the parameter of an unknown person', async () => {
    const group = (await call(app(), '/api/v1/events?limit=1000&group=IS-CP')).body.items;
    expect(group.length).toBeGreaterThan(0);
    const ids = group.flatMap((e: any) => e.perpetrators.map((p: any) => p.entityId));
    expect(new Set(ids)).toContain('org_islamic-state-caucasus-province');
    const bad = await call(app(), '/api/v1/events?person=Nobody%20Atall');
    expect(bad).toMatchObject({ status: 400, body: { param: 'person' } });
  });

  it('answers CSV by Accept or ?format, one row per event under a header of dotted columns', async () => {
    const json = (await call(app(), '/api/v1/events?limit=4')).body.items;
    for (const [path, headers] of [
      ['/api/v1/events?limit=4&format=csv', {}],
      ['/api/v1/events?limit=4', { accept: 'text/csv' }],
    ] as const) {
      const { status, type, body } = await call(app(), path, headers);
      expect(status).toBe(200);
      expect(type).toMatch(/^text\/csv/);
      const lines = (body as string).trimEnd().split('\r\n');
      expect(lines[0]).toMatch(/^id,incidentId,reviewStatus,.*location\.name,location\.admin1/);
      expect(lines).toHaveLength(json.length + 1);
      expect(lines[1]!.startsWith(`${json[0].id},`)).toBe(true);
    }
  });

  it('answers 400 naming the parameter and what is allowed for a bad sort, format or threshold', async () => {
    const sort = await call(app(), '/api/v1/events?sort=deadliest');
    expect(sort).toMatchObject({ status: 400, body: { param: 'sort' } });
    expect(sort.body.detail).toMatch(/-killed/);
    const format = await call(app(), '/api/v1/organizations?format=geojson');
    expect(format).toMatchObject({ status: 400, body: { param: 'format' } });
    expect(format.body.detail).toMatch(/csv/);
    expect((await call(app(), '/api/v1/events?killed_min=-1')).body.param).toBe('killed_min');
    expect((await call(app(), '/api/v1/events?limit=5000')).body.param).toBe('limit');
    expect((await call(app(), '/api/v1/events?review=maybe')).body.param).toBe('review');
  });
});
