import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { staticAssets } from '../../src/api/static-assets.js';

const scratch = mkdtempSync(join(tmpdir(), 'chronicle-static-'));
const dist = join(scratch, 'dist');
mkdirSync(join(dist, 'assets'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Chronicle</title>');
writeFileSync(join(dist, 'assets/index-abc123.js'), 'console.log("ui")');
writeFileSync(join(scratch, 'secret.txt'), 'outside the UI folder');

const app = new Hono()
  .use(staticAssets({ root: dist }))
  .get('/api/v1/search', (c) => c.json({ items: [] }))
  .notFound((c) => c.json({ detail: 'not found' }, 404));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('staticAssets', () => {
  it('serves hashed assets with their type and a long cache', async () => {
    const response = await app.request('/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log("ui")');
  });

  it('answers page paths such as a profile link with index.html, never cached', async () => {
    for (const path of ['/', '/organizations/org_islamic-state-caucasus-province', '/events?group=IS-CP']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>Chronicle</title>');
    }
  });

  it('leaves API paths and missing files to the app', async () => {
    expect(await (await app.request('/api/v1/search?q=IS-CP')).json()).toEqual({ items: [] });
    const unknownApi = await app.request('/api/v1/nothing-here');
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toMatch(/json/);
    expect((await app.request('/assets/missing-123.js')).status).toBe(404);
    expect((await app.request('/health')).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    const response = await app.request('/%2e%2e/secret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the UI folder');
  });

  it('steps aside when the UI is not built', async () => {
    const bare = new Hono().use(staticAssets({ root: join(dist, 'missing') })).get('/', (c) => c.text('endpoints'));
    expect(await (await bare.request('/')).text()).toBe('endpoints');
    expect((await bare.request('/organizations/x')).status).toBe(404);
  });
});
