import type { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../src/model/index.js';
import type { AddedEventSchema } from '../../src/model/review.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS, scratchDatabase } from '../store/backends.js';
import { goldInput, METRO, REVIEWED_DOCUMENT, revised } from './review-fixture.js';

type AddedEvent = z.input<typeof AddedEventSchema>;

const SEED = 'islamic-state-caucasus-province';
const MAKHACHKALA = `evt_${SEED}_ev-08`;
const GEREI_AVLAK = `evt_${REVIEWED_DOCUMENT}_ev-kebekov-killed`;

describe.each(BACKENDS)('$name: merging, splitting, naming and adding by hand', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    const scratch = scratchDatabase();
    cleanup = scratch.cleanup;
    store = await backend.open(scratch.path);
    await store.ingest(goldInput(SEED));
    await store.ingest(goldInput(REVIEWED_DOCUMENT));
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  const entityNamed = async (name: string) => {
    const entity = (await store.entities()).find((e) => e.names.some((n) => n.text === name));
    if (!entity) throw new Error(`no entity named ${name}`);
    return entity;
  };

  it('splits a document mention out of an entity, and a re-ingest keeps it apart', async () => {
    const emirate = await entityNamed('Caucasus Emirate');
    expect(emirate.documentIds).toEqual([SEED, REVIEWED_DOCUMENT]);
    const mention = `${REVIEWED_DOCUMENT}/org-caucasus-emirate`;
    const entry = await store.review({ action: 'split', kind: 'entity', id: emirate.id, mention }, 'ana');
    const created = (entry.after as { split: { id: string } }).split.id;
    expect((await store.entity(emirate.id))?.documentIds).toEqual([SEED]);
    expect((await store.entity(created))?.documentIds).toEqual([REVIEWED_DOCUMENT]);

    await store.ingest(revised(goldInput(REVIEWED_DOCUMENT), () => {}));
    const owners = (await store.entities()).filter((e) => e.names.some((n) => n.text === 'Caucasus Emirate'));
    expect(owners.map((e) => e.documentIds)).toEqual(expect.arrayContaining([[SEED], [REVIEWED_DOCUMENT]]));
  });

  it('merges two entities with their names and facts, and the merge survives a re-ingest', async () => {
    const [ik, riyad] = [
      await entityNamed('Caucasus Emirate'),
      await entityNamed('Riyad-us Saliheen Brigade of Martyrs'),
    ];
    const entry = await store.review(
      { action: 'merge', kind: 'entity', into: ik.id, from: riyad.id, reason: 'test' },
      'ana',
    );
    expect(entry).toMatchObject({ action: 'merge', kind: 'entity', factId: ik.id });
    // The merged id keeps resolving, to the entity it joined.
    expect((await store.entity(riyad.id))?.id).toBe(ik.id);
    const merged = await store.entity(ik.id);
    expect(merged?.names.map((n) => n.text)).toContain('Riyad-us Saliheen Brigade of Martyrs');
    expect((await store.merges(ik.id)).map((m) => m.reason)).toContain('an editor (ana) merged it: test');

    await store.ingest(revised(goldInput(REVIEWED_DOCUMENT), () => {}));
    const again = await entityNamed('Riyad-us Saliheen Brigade of Martyrs');
    expect(again.names.map((n) => n.text)).toContain('Caucasus Emirate');
  });

  it('refuses to merge an organization with a person, writing nothing', async () => {
    const [ik, umarov] = [await entityNamed('Caucasus Emirate'), await entityNamed('Dokka Umarov')];
    await expect(
      store.review({ action: 'merge', kind: 'entity', into: ik.id, from: umarov.id }, 'ana'),
    ).rejects.toThrow(InputError);
    expect(await store.auditLog()).toEqual([]);
  });

  it('merges two reports into one incident with the range of their figures, then splits them again', async () => {
    const listed = (await store.events()).length;
    await store.review({ action: 'merge', kind: 'incident', into: MAKHACHKALA, from: GEREI_AVLAK }, 'ana');
    const incident = await store.event(GEREI_AVLAK);
    expect(incident?.id).toBe(MAKHACHKALA);
    expect(incident?.reports.map((r) => r.eventId)).toEqual([MAKHACHKALA, GEREI_AVLAK]);
    expect((await store.events()).length).toBe(listed - 1);

    // The merge is the editor's: re-ingesting either document keeps it.
    await store.ingest(revised(goldInput(REVIEWED_DOCUMENT), () => {}));
    expect((await store.event(GEREI_AVLAK))?.reports).toHaveLength(2);
    const provenance = await store.provenance('event', GEREI_AVLAK);
    expect(provenance?.reports.map((r) => r.document.id).sort()).toEqual([SEED, REVIEWED_DOCUMENT].sort());
    expect(provenance?.audit.map((a) => a.action)).toEqual(['merge']);

    await store.review({ action: 'split', kind: 'incident', id: GEREI_AVLAK }, 'ana');
    expect((await store.event(GEREI_AVLAK))?.reports).toHaveLength(1);
    expect((await store.events()).length).toBe(listed);
    await store.ingest(revised(goldInput(REVIEWED_DOCUMENT), () => {}, 2));
    expect((await store.event(MAKHACHKALA))?.reports).toHaveLength(1);
  });

  it('adds an event by hand, its provenance the editor statement stored as a note', async () => {
    const source = 'Interview with a Makhachkala police spokesman, 5 March 2017: two officers were wounded.';
    const fact = {
      date: '2017-03-04',
      category: 'attack',
      subtype: 'armed_assault',
      summary: 'Gunmen wound two police officers in Makhachkala.',
      location: { name: 'Makhachkala', country: 'RU', precision: 'exact' },
      injured: 2,
      perpetrators: ['Islamic State – Caucasus Province'],
      attribution: 'suspected',
      targets: ['police'],
      weapons: ['firearms'],
    } satisfies AddedEvent;
    const entry = await store.review({ action: 'add', kind: 'event', source, fact }, 'ana');
    const event = await store.event(entry.factId);
    expect(event).toMatchObject({ injured: 2, reviewStatus: 'accepted', evidence: { text: source } });
    expect(event?.perpetrators[0]?.entityId).not.toBeNull();
    const [report] = (await store.provenance('event', entry.factId))?.reports ?? [];
    expect(report?.document).toMatchObject({ format: 'note', title: 'Note by ana' });
    expect((await store.document(report!.document.id))?.text).toBe(source);
    await expect(
      store.review({ action: 'add', kind: 'event', source, fact: entry.after as never }, 'ana'),
    ).rejects.toThrow();
  });

  it('adds a relation and a name by hand', async () => {
    const umarov = await entityNamed('Dokka Umarov');
    const source = 'Kavkaz Center obituary, 18 March 2014.';
    await store.review(
      {
        action: 'add',
        kind: 'name',
        source,
        fact: { entity: umarov.id, text: 'Доку Умаров', lang: 'ru', script: 'Cyrl' },
      },
      'ana',
    );
    expect((await store.entity(umarov.id))?.names.map((n) => n.text)).toContain('Доку Умаров');
    const added = await store.review(
      {
        action: 'add',
        kind: 'relation',
        source,
        fact: { type: 'member_of', subject: 'Dokka Umarov', object: 'Chechen Republic of Ichkeria', start: '1994' },
      },
      'ana',
    );
    const relation = (await store.relations({ entityId: umarov.id })).find((r) => r.id === added.factId);
    expect(relation).toMatchObject({ type: 'member_of', subjectId: umarov.id, reviewStatus: 'accepted' });
  });

  it('traces an event to its document, span, footnote and parsed reference', async () => {
    const provenance = await store.provenance('event', METRO);
    const [report] = provenance?.reports ?? [];
    const doc = await store.document(REVIEWED_DOCUMENT);
    expect(report?.document).toMatchObject({ id: REVIEWED_DOCUMENT, title: doc?.title });
    expect(doc?.text.slice(report!.evidence.start, report!.evidence.end)).toBe(report?.evidence.text);
    expect(report?.citations[0]).toEqual({
      label: '2',
      source: expect.objectContaining({ title: 'Rewards for Justice – Doku Umarov Reward Offer', date: '2011-05-26' }),
    });
    expect(await store.provenance('event', 'evt_nowhere')).toBeNull();
  });

  it('shows the entity by the chosen name in lists, the entity and the perpetrator facet, and logs the change', async () => {
    const emirate = await entityNamed('Caucasus Emirate');
    const entry = await store.review(
      {
        action: 'edit',
        kind: 'entity',
        id: emirate.id,
        set: { name: 'Imarat Kavkaz (Caucasus Emirate)' },
        reason: 'house style',
      },
      'ana',
    );
    expect(entry).toMatchObject({
      action: 'edit',
      kind: 'entity',
      factId: emirate.id,
      before: { name: emirate.name },
      after: { name: 'Imarat Kavkaz (Caucasus Emirate)' },
    });
    expect((await store.entity(emirate.id))?.name).toBe('Imarat Kavkaz (Caucasus Emirate)');
    expect((await store.entities()).map((e) => e.name)).toContain('Imarat Kavkaz (Caucasus Emirate)');
    const facet = (await store.eventFacets()).perpetrator.find((c) => c.value === emirate.id);
    expect(facet?.label).toBe('Imarat Kavkaz (Caucasus Emirate)');
  });

  it('keeps the chosen name through a re-ingest of the only document naming the entity', async () => {
    const riyad = await entityNamed('Riyad-us Saliheen Brigade of Martyrs');
    expect(riyad.documentIds).toEqual([REVIEWED_DOCUMENT]);
    await store.review({ action: 'edit', kind: 'entity', id: riyad.id, set: { name: 'Riyad-us Saliheen' } }, 'ana');
    await store.ingest(revised(goldInput(REVIEWED_DOCUMENT), () => {}));
    expect((await entityNamed('Riyad-us Saliheen Brigade of Martyrs')).name).toBe('Riyad-us Saliheen');
  });

  it('goes back to the first mention’s name when the choice is cleared', async () => {
    const emirate = await entityNamed('Caucasus Emirate');
    await store.review({ action: 'edit', kind: 'entity', id: emirate.id, set: { name: 'Imarat Kavkaz' } }, 'ana');
    const entry = await store.review({ action: 'edit', kind: 'entity', id: emirate.id, set: { name: null } }, 'ana');
    expect(entry).toMatchObject({ before: { name: 'Imarat Kavkaz' }, after: { name: emirate.name } });
    expect((await store.entity(emirate.id))?.name).toBe(emirate.name);
  });

  it('carries the chosen name to the entity a merge keeps when that one has none', async () => {
    const [emirate, riyad] = [
      await entityNamed('Caucasus Emirate'),
      await entityNamed('Riyad-us Saliheen Brigade of Martyrs'),
    ];
    await store.review({ action: 'edit', kind: 'entity', id: riyad.id, set: { name: 'Riyad-us Saliheen' } }, 'ana');
    await store.review({ action: 'merge', kind: 'entity', into: emirate.id, from: riyad.id }, 'ana');
    expect((await store.entity(emirate.id))?.name).toBe('Riyad-us Saliheen');
  });

  it('names the unknown entity it cannot rename and writes nothing', async () => {
    await expect(
      store.review({ action: 'edit', kind: 'entity', id: 'org_nowhere', set: { name: 'X' } }, 'ana'),
    ).rejects.toThrow(NotFoundError);
    expect(await store.auditLog()).toEqual([]);
  });
});
