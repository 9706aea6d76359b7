/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { AuditResponse, ProvenanceResponse, ReviewResponse } from '../../src/api/routes/review.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { eventOf, goldInput, METRO, REVIEWED_DOCUMENT, revised } from '../kb/review-fixture.js';
import { scratchDatabase } from '../store/backends.js';
import { walk } from './request.js';

const scratch = scratchDatabase();
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openSqliteStore(scratch.path);
  await store.ingest(goldInput(REVIEWED_DOCUMENT));
  app = createApp(store, { webRoot: '/nowhere' });
});
afterAll(async () => {
  await store.close();
  await scratch.cleanup();
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await app.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, type, body: (await response.json()) as any };
}

describe('the review API', () => {
  it('refuses a change that cannot apply with a problem document, writing nothing', async () => {
    const bad = [
      [{ action: 'edit', kind: 'event', id: METRO, set: { subtype: 'raid' } }, 400, 'subtype'],
      [{ action: 'edit', kind: 'event', id: METRO, set: { killed: -1 } }, 400, 'set.killed'],
      [{ action: 'accept', kind: 'event', id: 'evt_nowhere' }, 404, 'id'],
      ['{not json', 400, 'body'],
    ] as const;
    for (const [body, status, param] of bad) {
      const answer = await call('POST', '/api/v1/review', body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.type).toMatch(/^application\/problem\+json/);
      expect(answer.body.param).toBe(param);
    }
    expect((await call('GET', '/api/v1/audit')).body.items).toEqual([]);
  });

  it('keeps an edited count through a re-ingest and shows the conflict', async () => {
    const edit = await call(
      'POST',
      '/api/v1/review',
      { action: 'edit', kind: 'event', id: METRO, set: { killed: 41 }, reason: 'later toll' },
      { 'X-Chronicle-Actor': 'ana' },
    );
    expect(edit.status).toBe(201);
    expect(ReviewResponse.parse(edit.body)).toMatchObject({ actor: 'ana', after: { killed: 41 } });

    await store.ingest(revised(goldInput(REVIEWED_DOCUMENT), (x) => (eventOf(x, 'ev-moscow-metro').killed = 39)));

    const conflicts = await call('GET', `/api/v1/conflicts?document=${REVIEWED_DOCUMENT}`);
    expect(conflicts.body.items).toEqual([
      expect.objectContaining({ factId: METRO, field: 'killed', extracted: 39, edited: 41 }),
    ]);
    expect((await call('GET', `/api/v1/events/${METRO}`)).body).toMatchObject({ killed: 41, reviewStatus: 'edited' });
    const provenance = await call('GET', `/api/v1/events/${METRO}/provenance`);
    expect(ProvenanceResponse.parse(provenance.body).reports[0]).toMatchObject({
      document: { id: REVIEWED_DOCUMENT },
      conflicts: [expect.objectContaining({ extracted: 39 })],
      audit: [expect.objectContaining({ actor: 'ana', action: 'edit' })],
    });
  });

  it('takes the editor from one header, anonymous without it, and filters the audit log', async () => {
    const [relation] = await store.relations({ type: 'leader_of' });
    await call('POST', '/api/v1/review', { action: 'reject', kind: 'relation', id: relation!.id });
    const audit = AuditResponse.parse((await call('GET', `/api/v1/audit?kind=relation&id=${relation!.id}`)).body);
    expect(audit.items.map((e) => [e.actor, e.action])).toEqual([['anonymous', 'reject']]);
    const provenance = await call('GET', `/api/v1/relations/${relation!.id}/provenance`);
    expect(provenance.body.reports[0].reviewStatus).toBe('rejected');
    expect((await call('GET', '/api/v1/relations/rel_nowhere/provenance')).status).toBe(404);
    expect((await call('GET', '/api/v1/audit?kind=planet')).body.param).toBe('kind');
  });

  it('pages the audit log and the conflicts by cursor: each entry once, in order, the filter kept', async () => {
    const events = (await store.events({ documentId: REVIEWED_DOCUMENT })).slice(0, 5);
    for (const e of events) await call('POST', '/api/v1/review', { action: 'accept', kind: 'event', id: e.id });
    await call('POST', '/api/v1/review', { action: 'edit', kind: 'event', id: METRO, set: { injured: 102 } });
    await store.ingest(
      revised(
        goldInput(REVIEWED_DOCUMENT),
        (x) => Object.assign(eventOf(x, 'ev-moscow-metro'), { killed: 38, injured: 100 }),
        2,
      ),
    );

    const audit = await store.auditLog();
    expect(audit.length).toBeGreaterThan(5);
    const paged = await walk(app, '/api/v1/audit?limit=2');
    expect(paged.pages).toBe(Math.ceil(audit.length / 2));
    expect(paged.items.map((e) => e.id)).toEqual(audit.map((e) => e.id));
    const accepted = (await walk(app, '/api/v1/audit?limit=2&kind=event')).items;
    expect(accepted.map((e) => e.id)).toEqual(audit.filter((e) => e.kind === 'event').map((e) => e.id));

    const conflicts = await store.conflicts();
    expect(conflicts.length).toBeGreaterThanOrEqual(2);
    const byPage = await walk(app, '/api/v1/conflicts?limit=1');
    expect(byPage.pages).toBe(conflicts.length);
    const key = (c: any) => `${c.kind}|${c.factId}|${c.field}`;
    expect(new Set(byPage.items.map(key))).toEqual(new Set(conflicts.map(key)));
    const detected = byPage.items.map((c) => c.detectedAt);
    expect(detected).toEqual([...detected].sort());
    expect((await call('GET', '/api/v1/conflicts?cursor=garbage')).body.param).toBe('cursor');
  });
});
