import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline.js';
import { edtfOverlaps, StoreError, type Extraction } from '../../src/model/index.js';
import type { IngestInput, Store } from '../../src/store/store.js';
import { BACKENDS, goldInputs, scratchDatabase, useGoldStore } from './backends.js';

const SEED = 'islamic-state-caucasus-province';
const inputs = goldInputs();
const seed = inputs.find((i) => i.document.id === SEED) as IngestInput;

/** Everything a reader can see, to compare a store before and after. */
async function snapshot(store: Store) {
  return {
    documents: (await store.documents()).map(({ id, contentHash, ingestedAt }) => ({ id, contentHash, ingestedAt })),
    entities: await store.entities(),
    relations: await store.relations(),
    events: await store.events(),
    sources: await store.sources(),
  };
}

const changed = (
  input: IngestInput,
  extraction: Extraction,
  text = `${input.document.text}\nUpdated.`,
): IngestInput => ({
  document: { ...input.document, text, contentHash: `${input.document.contentHash}-changed` },
  extraction,
});

describe.each(BACKENDS)('$name store: the corpus gold', (backend) => {
  const kb = useGoldStore(backend);

  it('adds every gold document', () => {
    expect(kb.ingested.map((r) => r.status)).toEqual(inputs.map(() => 'added'));
  });

  it('round-trips the names of IS-CP in every script and language of the seed', async () => {
    const [hit] = await kb.store.searchNames({ normalized: 'is cp', ascii: 'is cp' }, 5);
    const entity = await kb.store.entity(hit?.entityId ?? '');
    const gold = seed.extraction.organizations.find((o) => o.aliases.includes('IS-CP'));
    const stored = entity?.names.filter((n) => n.documentId === SEED) ?? [];
    for (const name of gold?.names ?? []) {
      expect(stored).toContainEqual(
        expect.objectContaining({
          text: name.text,
          lang: name.lang,
          script: name.script,
          romanizedFrom: name.romanized_from ?? null,
        }),
      );
    }
    expect(new Set(stored.map((n) => n.script))).toEqual(new Set(['Latn', 'Arab', 'Cyrl', 'Geor', 'Armn']));
    expect(new Set(stored.map((n) => n.lang)).size).toBeGreaterThanOrEqual(6);
  });

  it('merges the Caucasus Emirate of every document into one entity, each name keeping its document', async () => {
    const emirates = (await kb.store.entities({ kind: 'organization' })).filter((e) =>
      e.names.some((n) => n.text === 'Caucasus Emirate'),
    );
    expect(emirates).toHaveLength(1);
    const [emirate] = emirates;
    const naming = inputs
      .filter((i) => i.extraction.organizations.some((o) => o.name === 'Caucasus Emirate'))
      .map((i) => i.document.id);
    expect(emirate?.documentIds.sort()).toEqual(naming.sort());
    expect(emirate?.names.some((n) => n.text === 'Имарат Кавказ' && n.documentId !== SEED)).toBe(true);
    const merges = await kb.store.merges(emirate?.id ?? '');
    expect(merges).toHaveLength(naming.length - 1);
    expect(merges[0]?.reason).toMatch(/"Caucasus Emirate"/);
  });

  it('filters events by perpetrator and by EDTF bounds', async () => {
    const [hit] = await kb.store.searchNames({ normalized: 'is cp', ascii: 'is cp' }, 5);
    const events = await kb.store.events({ entityId: hit?.entityId, from: '2018', to: '2018-12' });
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(edtfOverlaps(e.date, '2018')).toBe(true);
      expect(e.perpetrators.some((p) => p.entityId === hit?.entityId)).toBe(true);
    }
    // "2018/2019-01-01" (a Magnitogorsk plot dated by the year) can fall in 2018, so it is kept.
    expect(events.map((e) => e.date)).toEqual(
      expect.arrayContaining(['2018-02-18', '2018-08-20', '2018', '2018/2019-01-01']),
    );
    const september = await kb.store.events({ documentId: SEED, from: '2015-09-15', to: '2015-09-20' });
    // The month may fall in those days; the attack of 2 September may not, nor the interval reaching into
    // 2015, whose incident another document dates to December 2014.
    expect(september.map((e) => e.date)).toEqual(['2015-09']);
  });

  it('keeps casualty ranges, citations resolved to sources, and evidence spans', async () => {
    const grozny = (await kb.store.events({ documentId: SEED, from: '2018-08-20', to: '2018-08-20' })).find(
      (e) => e.date === '2018-08-20',
    );
    expect(grozny).toMatchObject({ killed: { min: 2, max: null }, injured: { min: 7, max: null }, category: 'attack' });
    const text = seed.document.text;
    expect(text.slice(grozny?.evidence.start, grozny?.evidence.end)).toBe(grozny?.evidence.text);
    const formation = (await kb.store.events({ documentId: SEED, from: '2015-06-23', to: '2015-06-23' })).find(
      (e) => e.subtype === 'formation',
    );
    expect(formation?.citations.length).toBeGreaterThan(0);
    const labels = (await kb.store.sources(SEED)).map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(seed.extraction.sources.map((s) => s.label)));
  });

  it('links relation ends to entities by any of their names', async () => {
    const leaders = await kb.store.relations({ type: 'leader_of' });
    const asildarov = leaders.find((r) => r.documentId === SEED && r.subjectName === 'Rustam Asildarov');
    expect(asildarov?.subjectId).not.toBeNull();
    expect(asildarov?.objectId).not.toBeNull();
    expect((await kb.store.entity(asildarov?.objectId ?? ''))?.names.map((n) => n.text)).toContain('IS-CP');
  });
});

describe.each(BACKENDS)('$name store: ingest', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(() => undefined);
  afterEach(async () => {
    await store.close();
    await cleanup();
  });
  const open = async () => {
    const scratch = scratchDatabase();
    cleanup = scratch.cleanup;
    store = await backend.open(scratch.path);
    return store;
  };

  it('does nothing when the same document comes again', async () => {
    await open();
    await store.ingest(seed);
    const before = await snapshot(store);
    const again = await store.ingest(seed);
    expect(again.status).toBe('unchanged');
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
    expect(await snapshot(store)).toEqual(before);
    expect(await store.documentHash(SEED)).toBe(seed.document.contentHash);
  });

  it('lands nothing when a fact midway breaks a constraint', async () => {
    await open();
    await store.ingest(seed);
    const before = await snapshot(store);
    const other = inputs.find((i) => i.document.id !== SEED) as IngestInput;
    const events = other.extraction.events.map((e, i) =>
      i === other.extraction.events.length - 1
        ? { ...e, category: 'security_operation' as const, subtype: 'bombing' }
        : e,
    );
    const failing = store.ingest({ ...other, extraction: { ...other.extraction, events } });
    await expect(failing).rejects.toThrow(StoreError);
    await expect(failing).rejects.toThrow(`"${other.document.id}"`);
    expect(await snapshot(store)).toEqual(before);
    // A failed replacement keeps the old version whole, too.
    const broken = changed(seed, { ...seed.extraction, events: events.slice(-1) });
    await expect(store.ingest(broken)).rejects.toThrow(StoreError);
    expect(await snapshot(store)).toEqual(before);
  });

  it('replaces only the facts of a changed document', async () => {
    await open();
    for (const input of inputs) await store.ingest(input);
    // Incidents no report of the seed is part of.
    const others = async () =>
      (await snapshot(store)).events.filter((e) => e.reports.every((r) => r.documentId !== SEED));
    const otherEvents = await others();
    const onlyInSeed = (await store.entities({ documentId: SEED })).filter((e) => e.documentIds.length === 1);
    expect(onlyInSeed.length).toBeGreaterThan(0);

    const kept = seed.extraction.events.slice(0, 3);
    const result = await store.ingest(
      changed(seed, { ...seed.extraction, organizations: [], people: [], relations: [], events: kept }),
    );
    expect(result.status).toBe('replaced');
    const seedReports = (await store.events({ documentId: SEED })).flatMap((e) =>
      e.reports.filter((r) => r.documentId === SEED),
    );
    expect(seedReports.map((r) => r.date).sort()).toEqual(kept.map((e) => e.date).sort());
    // Incidents the seed never reported are untouched; those it left are now others' alone.
    expect(await others()).toEqual(expect.arrayContaining(otherEvents));
    for (const gone of onlyInSeed) expect(await store.entity(gone.id)).toBeNull();
    const [emirate] = (await store.entities()).filter((e) => e.names.some((n) => n.text === 'Caucasus Emirate'));
    expect(emirate?.documentIds).not.toContain(SEED);
    expect(emirate?.names.every((n) => n.documentId !== SEED)).toBe(true);
  });
});

// Gold annotations carry no coordinates; extraction geocodes, so the map is tested on extracted documents.
describe.each(BACKENDS)('$name store: the places of events on the map', (backend) => {
  let store: Store;
  let cleanup = async () => {};
  beforeAll(async () => {
    const scratch = scratchDatabase();
    cleanup = scratch.cleanup;
    store = await backend.open(scratch.path);
    for (const { document } of inputs)
      await store.ingest({ document, extraction: extract({ id: document.id, raw: document.text }) });
  });
  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  it('gathers every listed event at its place for the map, as many as the list holds, filters and all', async () => {
    for (const filter of [{}, { category: 'attack' as const }, { documentId: SEED, from: '2016' }]) {
      const listed = await store.events(filter);
      const { places, elsewhere, unplaced } = await store.eventPlaces(filter);
      expect(elsewhere).toBe(0);
      expect(places.reduce((n, p) => n + p.events, 0) + unplaced, JSON.stringify(filter)).toBe(listed.length);
      expect(unplaced).toBe(listed.filter((e) => e.location.lat === null).length);
      for (const place of places) {
        const here = listed.filter((e) => e.location.lat === place.lat && e.location.lon === place.lon);
        expect(place.events).toBe(here.length);
        expect(place.categories.attack).toBe(here.filter((e) => e.category === 'attack').length);
      }
    }
    const attacks = await store.eventPlaces({ category: 'attack' });
    expect(attacks.places.every((p) => p.categories.attack === p.events)).toBe(true);
    expect(attacks.places[0]!.events).toBeGreaterThanOrEqual(attacks.places.at(-1)!.events);
  });
});
