import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../src/model/index.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS, scratchDatabase } from '../store/backends.js';
import { eventOf, goldInput, METRO, REVIEWED_DOCUMENT, revised } from './review-fixture.js';

describe.each(BACKENDS)('$name: reviewing facts', (backend) => {
  let store: Store;
  let path: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ path, cleanup } = scratchDatabase());
    store = await backend.open(path);
    await store.ingest(goldInput(REVIEWED_DOCUMENT));
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('accepts an event and logs who, when, before and after', async () => {
    const entry = await store.review(
      { action: 'accept', kind: 'event', id: METRO, reason: 'checked the source' },
      'ana',
    );
    expect(entry).toMatchObject({
      actor: 'ana',
      action: 'accept',
      kind: 'event',
      factId: METRO,
      before: { status: 'extracted' },
      after: { status: 'accepted' },
      reason: 'checked the source',
    });
    expect((await store.event(METRO))?.reviewStatus).toBe('accepted');
    expect(await store.auditLog({ factId: METRO })).toEqual([entry]);
  });

  it('drops a rejected relation and a rejected name from listings, and keeps them stored', async () => {
    const [relation] = await store.relations({ type: 'leader_of' });
    await store.review({ action: 'reject', kind: 'relation', id: relation!.id }, 'ana');
    expect((await store.relations()).map((r) => r.id)).not.toContain(relation!.id);
    expect((await store.provenance('relation', relation!.id))?.reports[0]?.reviewStatus).toBe('rejected');

    const entity = (await store.entities()).find((e) => e.names.some((n) => n.text === 'Imarat Kavkaz'));
    const name = entity?.names.find((n) => n.text === 'Imarat Kavkaz');
    expect(name?.factId).toMatch(/^nam_caucasus-emirate_/);
    await store.review({ action: 'reject', kind: 'name', id: name!.factId! }, 'ana');
    expect((await store.entity(entity!.id))?.names.map((n) => n.text)).not.toContain('Imarat Kavkaz');
  });

  it('edits a count and a place, and the incident shows the edited figure', async () => {
    const entry = await store.review(
      { action: 'edit', kind: 'event', id: METRO, set: { killed: { min: 40, max: 40 }, 'location.name': 'Lubyanka' } },
      'ana',
    );
    expect(entry.before).toEqual({ killed: 40, 'location.name': 'Moscow' });
    expect(entry.after).toEqual({ killed: 40, 'location.name': 'Lubyanka' });
    await store.review({ action: 'edit', kind: 'event', id: METRO, set: { killed: 41 } }, 'ana');
    const event = await store.event(METRO);
    expect(event).toMatchObject({ killed: 41, reviewStatus: 'edited', location: { name: 'Lubyanka' } });
  });

  it('refuses a subtype outside its category and writes nothing', async () => {
    const change = { action: 'edit', kind: 'event', id: METRO, set: { subtype: 'raid' } } as const;
    await expect(store.review(change, 'ana')).rejects.toThrow(InputError);
    await expect(store.review(change, 'ana')).rejects.toThrow(/subtype "raid" is not one of category "attack"/);
    expect((await store.event(METRO))?.subtype).toBe('bombing');
    expect(await store.auditLog()).toEqual([]);
  });

  it('names the unknown fact it cannot review', async () => {
    await expect(store.review({ action: 'accept', kind: 'event', id: 'evt_nowhere' }, 'ana')).rejects.toThrow(
      NotFoundError,
    );
  });

  it('keeps the audit log append-only: the database refuses updates and deletes', async () => {
    await store.review({ action: 'accept', kind: 'event', id: METRO }, 'ana');
    await expect(backend.execute(path, "update audit_log set actor = 'mallory'")).rejects.toThrow(/append-only/);
    await expect(backend.execute(path, 'delete from audit_log')).rejects.toThrow(/append-only/);
    expect(await store.auditLog()).toEqual([expect.objectContaining({ actor: 'ana' })]);
  });

  it('keeps fact ids when a changed document is re-ingested with its events reordered', async () => {
    const before = (await store.events({ documentId: REVIEWED_DOCUMENT })).map((e) => [e.id, e.summary]);
    // Local ids follow extraction order: shift them all, as a new event at the top would.
    const v2 = revised(goldInput(REVIEWED_DOCUMENT), (x) => {
      x.events.reverse().forEach((e, i) => (e.id = `ev-${i + 1}`));
      x.relations.reverse();
    });
    const relationsBefore = (await store.relations()).map((r) => [r.id, r.evidence.text]).sort();
    expect((await store.ingest(v2)).status).toBe('replaced');
    const after = (await store.events({ documentId: REVIEWED_DOCUMENT })).map((e) => [e.id, e.summary]);
    expect(after.sort()).toEqual(before.sort());
    expect((await store.relations()).map((r) => [r.id, r.evidence.text]).sort()).toEqual(relationsBefore);
  });

  it('keeps a rejected name rejected through a re-ingest, by its stable fact id', async () => {
    const named = async () => (await store.entities()).find((e) => e.names.some((n) => n.text === 'Imarat Kavkaz'));
    const name = (await named())?.names.find((n) => n.text === 'Imarat Kavkaz');
    await store.review({ action: 'reject', kind: 'name', id: name!.factId! }, 'ana');
    await store.ingest(revised(goldInput(REVIEWED_DOCUMENT), () => {}));
    expect(await named()).toBeUndefined();
    expect((await store.auditLog({ kind: 'name' })).map((e) => e.factId)).toEqual([name!.factId]);
  });

  it('keeps an event id by date, category and place when its sentence was reworded', async () => {
    await store.review({ action: 'accept', kind: 'event', id: METRO }, 'ana');
    await store.ingest(
      revised(goldInput(REVIEWED_DOCUMENT), (x) => {
        const metro = eventOf(x, 'ev-moscow-metro');
        metro.id = 'ev-renamed';
        metro.evidence = { ...metro.evidence, text: `${metro.evidence.text} ` };
      }),
    );
    expect((await store.event(METRO))?.reviewStatus).toBe('accepted');
    expect(await store.event(`evt_${REVIEWED_DOCUMENT}_ev-renamed`)).toBeNull();
  });

  it('shows a reviewed event the new extraction no longer has as a conflict', async () => {
    await store.review({ action: 'reject', kind: 'event', id: METRO }, 'ana');
    await store.ingest(
      revised(goldInput(REVIEWED_DOCUMENT), (x) => {
        x.events = x.events.filter((e) => e.id !== 'ev-moscow-metro');
      }),
    );
    expect(await store.conflicts({ factId: METRO })).toEqual([
      expect.objectContaining({ kind: 'event', field: 'fact', extracted: null, edited: 'rejected' }),
    ]);
    await store.ingest(revised(goldInput(REVIEWED_DOCUMENT), () => {}, 2));
    expect(await store.conflicts()).toEqual([]);
    expect((await store.event(METRO))?.reviewStatus).toBe('rejected');
  });

  it('re-applies statuses and edits after a re-ingest, and shows an edit the new extraction contradicts', async () => {
    await store.review({ action: 'edit', kind: 'event', id: METRO, set: { killed: 41 } }, 'ana');
    const [relation] = await store.relations({ type: 'leader_of' });
    await store.review({ action: 'reject', kind: 'relation', id: relation!.id }, 'ana');

    // Same figure re-extracted: the edit still applies, nothing to show.
    await store.ingest(revised(goldInput(REVIEWED_DOCUMENT), () => {}));
    expect((await store.event(METRO))?.killed).toBe(41);
    expect(await store.conflicts()).toEqual([]);
    expect((await store.relations()).map((r) => r.id)).not.toContain(relation!.id);

    // A new figure (39) differs from both the edit (41) and what it replaced (40): a conflict.
    await store.ingest(revised(goldInput(REVIEWED_DOCUMENT), (x) => (eventOf(x, 'ev-moscow-metro').killed = 39), 2));
    const event = await store.event(METRO);
    expect(event).toMatchObject({ killed: 41, reviewStatus: 'edited' });
    expect(await store.conflicts()).toEqual([
      expect.objectContaining({ kind: 'event', factId: METRO, field: 'killed', extracted: 39, edited: 41 }),
    ]);
    expect((await store.provenance('event', METRO))?.reports[0]?.conflicts).toHaveLength(1);

    // Editing the field again settles the conflict.
    await store.review({ action: 'edit', kind: 'event', id: METRO, set: { killed: 39 } }, 'ana');
    expect(await store.conflicts()).toEqual([]);
  });
});
