/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are checked by the assertions, not by types */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { openApiPath } from '../../src/api/openapi.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { readDocumentFile } from '../../src/kb/document-input.js';
import { ingestDocument } from '../../src/kb/ingest.js';
import { edtfRange } from '../../src/model/edtf.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { corpusDocuments } from '../support/corpus.js';

const [seed, other] = corpusDocuments();
const dir = mkdtempSync(join(tmpdir(), 'chronicle-api-'));
// A stand-in for the built UI, so these tests do not depend on whether `web/dist` was built.
const webRoot = join(dir, 'dist');
mkdirSync(join(webRoot, 'assets'), { recursive: true });
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Chronicle UI</title><div id="root"></div>');
let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await openStore({ path: join(dir, 'kb.db') });
  await ingestDocument(store, await readDocumentFile(seed!.textPath));
  server = await startServer(createApp(store, { webRoot }), { port: 0, host: '127.0.0.1' });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string; body: any }> {
  const response = await fetch(`${server.url}${path}`, { headers });
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, type, body: type.includes('json') ? await response.json() : await response.text() };
}

async function expectProblem(path: string, status: number, param?: string): Promise<string> {
  const { status: got, type, body } = await get(path);
  expect(got).toBe(status);
  expect(type).toMatch(/^application\/problem\+json/);
  expect(body).toMatchObject({ status, instance: new URL(path, server.url).pathname });
  if (param !== undefined) expect(body.param).toBe(param);
  return body.detail as string;
}

describe('the HTTP API', () => {
  it('answers /health with the number of documents', async () => {
    expect(await get('/health')).toMatchObject({ status: 200, body: { status: 'ok', documents: 1 } });
  });

  it('serves a page at /api/v1 listing every route the app has', async () => {
    const { status, type, body } = await get('/api/v1');
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    const routes = createApp(store, { webRoot }).routes.filter((r) => r.method !== 'ALL');
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) expect(body, `${route.method} ${route.path}`).toContain(openApiPath(route.path));
  });

  it('serves the web UI at / and at page paths such as a profile link, from the same server', async () => {
    for (const path of ['/', '/organizations/org_islamic-state-caucasus-province']) {
      const { status, type, body } = await get(path);
      expect(status, path).toBe(200);
      expect(type).toMatch(/^text\/html/);
      expect(body).toContain('<title>Chronicle UI</title>');
    }
    expect((await get('/api/v1/organizations')).type).toMatch(/json/);
  });

  it('sends / to the API index when the UI is not built', async () => {
    const bare = createApp(store, { webRoot: join(dir, 'not-built') });
    const response = await bare.request('/');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/api/v1');
    expect((await bare.request('/organizations/x')).status).toBe(404);
  });

  it('lists organizations with their names in other scripts, and gives one with its profile', async () => {
    const { body } = await get('/api/v1/organizations');
    const province = body.items.find((o: { aliases: string[] }) => o.aliases.includes('IS-CP'));
    expect(province).toBeDefined();
    expect(province.aliases.some((a: string) => /[А-я]/.test(a))).toBe(true);
    const one = await get(`/api/v1/organizations/${encodeURIComponent(province.id)}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: province.id, kind: 'organization' });
    expect(one.body.profile).toBeDefined();
  });

  it('lists people and answers 404 for a person id asked as an organization', async () => {
    const { body } = await get('/api/v1/people');
    const asildarov = body.items.find((p: { name: string }) => /Asildarov/.test(p.name));
    expect(asildarov).toBeDefined();
    const detail = await expectProblem(`/api/v1/organizations/${encodeURIComponent(asildarov.id)}`, 404, 'id');
    expect(detail).toMatch(/no organization with id/);
  });

  it('filters events by group and period', async () => {
    const { status, body } = await get('/api/v1/events?group=IS-CP&from=2018&to=2019&category=attack');
    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThan(0);
    for (const event of body.items) {
      const range = edtfRange(event.date)!;
      expect(event.category).toBe('attack');
      expect((range.end ?? '9999') >= '2018-01-01' && (range.start ?? '0000') <= '2019-12-31', event.date).toBe(true);
    }
    const all = await get('/api/v1/events?limit=1000');
    expect(all.body.items.length).toBeGreaterThan(body.items.length);
    const one = await get(`/api/v1/events/${encodeURIComponent(body.items[0].id)}`);
    expect(one.body.evidence.text.length).toBeGreaterThan(0);
  });

  it('answers GeoJSON: a FeatureCollection of the located events at [lon, lat]', async () => {
    const json = (await get('/api/v1/events?limit=1000')).body.items;
    const { status, type, body } = await get('/api/v1/events?limit=1000', { accept: 'application/geo+json' });
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/geo\+json/);
    expect(body.type).toBe('FeatureCollection');
    const located = json.filter((e: any) => e.location.lat !== null && e.location.lon !== null);
    expect(located.length).toBeGreaterThan(0);
    expect(body.features.map((f: any) => f.id)).toEqual(located.map((e: any) => e.id));
    expect(body.features[0].geometry.coordinates).toEqual([located[0].location.lon, located[0].location.lat]);
  });

  it("gives an organization's profile at its own URL: leaders with terms and the first attack", async () => {
    const id = 'org_islamic-state-caucasus-province';
    const { status, body } = await get(`/api/v1/organizations/${id}/profile`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, kind: 'organization' });
    expect(body.leaders.map((l: any) => l.name).join()).toMatch(/Asildarov/);
    expect(body.firstAttack.date).toMatch(/^2015/);
    await expectProblem('/api/v1/organizations/org_nope/profile', 404, 'id');
  });

  it('lists relations by group and type, with evidence, and sources with their document', async () => {
    const { status, body } = await get('/api/v1/relations?group=IS-CP&type=leader_of');
    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThan(0);
    for (const r of body.items) {
      expect(r.type).toBe('leader_of');
      expect([r.subjectId, r.objectId]).toContain('org_islamic-state-caucasus-province');
      expect(r.evidence.text.length).toBeGreaterThan(0);
    }
    const in2030 = await get('/api/v1/relations?group=IS-CP&from=2030');
    expect(in2030.body.items.every((r: any) => r.end === null)).toBe(true);
    const sources = await get(`/api/v1/sources?document=${seed!.id}&limit=1`);
    expect(sources.body.items).toHaveLength(1);
    expect(sources.body.items.every((s: any) => s.documentId === seed!.id)).toBe(true);
    expect(sources.body.next).not.toBeNull();
  });

  it('answers 400 naming the parameter for a bad date, category, limit or an unknown parameter', async () => {
    expect(await expectProblem('/api/v1/events?from=spring%202019', 400, 'from')).toMatch(/'from'.*"spring 2019"/);
    expect(await expectProblem('/api/v1/events?category=riot', 400, 'category')).toMatch(/'category'/);
    expect(await expectProblem('/api/v1/people?limit=0', 400, 'limit')).toMatch(/'limit'/);
    expect(await expectProblem('/api/v1/events?grup=IS-CP', 400, 'grup')).toMatch(/unknown query parameter 'grup'/);
  });

  it('finds an organization by its Russian name and asks for q when it is missing', async () => {
    const { body } = await get(`/api/v1/search?q=${encodeURIComponent('Вилаят Кавказ')}`);
    expect(body.items[0]).toMatchObject({ type: 'organization' });
    expect(body.items[0].name).toMatch(/Caucasus Province/);
    expect(await expectProblem('/api/v1/search', 400, 'q')).toMatch(/'q'.*required/);
  });

  it('answers 404 as a problem for unknown ids and paths', async () => {
    await expectProblem('/api/v1/events/evt_nope', 404, 'id');
    await expectProblem('/api/v1/documents/nope', 404, 'id');
    expect(await expectProblem('/api/v2/things', 404)).toMatch(/endpoints are listed at \/api\/v1$/);
  });

  it('ingests an uploaded document once, and refuses an empty one', async () => {
    const form = () => {
      const data = new FormData();
      data.set('file', new Blob([other!.text], { type: 'text/plain' }), `${other!.id}.txt`);
      return data;
    };
    const first = await fetch(`${server.url}/api/v1/documents`, { method: 'POST', body: form() });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ documentId: other!.id, status: 'added' });
    const again = await fetch(`${server.url}/api/v1/documents`, { method: 'POST', body: form() });
    expect(await again.json()).toMatchObject({ status: 'unchanged' });
    const listed = await get('/api/v1/documents');
    expect(listed.body.items.map((d: { id: string }) => d.id).sort()).toEqual([other!.id, seed!.id].sort());
    const empty = await fetch(`${server.url}/api/v1/documents?name=empty.txt`, { method: 'POST', body: '  \n' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as any).detail).toBe('empty.txt: the document is empty');
  });
});
