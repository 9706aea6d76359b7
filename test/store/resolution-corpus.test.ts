import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document-reader.js';
import { extract } from '../../src/extract/pipeline.js';
import { normalizeName, type Extraction } from '../../src/model/index.js';
import type { IngestInput, Store } from '../../src/store/store.js';
import { BACKENDS, goldInputs, scratchDatabase } from './backends.js';

interface GoldEntity {
  documentId: string;
  localId: string;
  keys: string[];
}

/** Every gold organization and person of every document, with the normalized keys of its name and aliases. */
function goldEntities(inputs: IngestInput[]): GoldEntity[] {
  return inputs.flatMap(({ document, extraction }) =>
    [...extraction.organizations, ...extraction.people].map((e) => ({
      documentId: document.id,
      localId: e.id,
      keys: [...new Set([e.name, ...e.aliases].map(normalizeName).filter((k) => k !== ''))],
    })),
  );
}

/** The entity ids each (document, normalized name) resolves to through the stored names. */
async function nameIndex(store: Store): Promise<Map<string, Set<string>>> {
  const index = new Map<string, Set<string>>();
  for (const entity of await store.entities())
    for (const name of entity.names) {
      const key = `${name.documentId}|${name.normalized}`;
      index.set(key, (index.get(key) ?? new Set()).add(entity.id));
    }
  return index;
}

/** The ids a gold entity's names resolve to in its own document. */
function idsOf(gold: GoldEntity, index: Map<string, Set<string>>): Set<string> {
  return new Set(gold.keys.flatMap((k) => [...(index.get(`${gold.documentId}|${k}`) ?? [])]));
}

/** Gold entities of different documents that share a normalized name: the same group or person. */
function sharedAcrossDocuments(golds: GoldEntity[]): [GoldEntity, GoldEntity][] {
  const pairs: [GoldEntity, GoldEntity][] = [];
  golds.forEach((a, i) =>
    golds.slice(i + 1).forEach((b) => {
      if (a.documentId !== b.documentId && a.keys.some((k) => b.keys.includes(k))) pairs.push([a, b]);
    }),
  );
  return pairs;
}

/** The real extractor's output for every corpus document. */
function extractedInputs(): IngestInput[] {
  return goldInputs().map(({ document }) => {
    const text = readDocument(document.text, 'text').text;
    const extraction: Extraction = extract({ id: document.id, raw: document.text, format: 'text' });
    return {
      document: { ...document, text, contentHash: createHash('sha256').update(text).digest('hex') },
      extraction,
    };
  });
}

/**
 * What a store knows, free of ids and ingest order: entities as their sorted names with their
 * documents, relations by type and the names of their ends, incidents as their reports'
 * (document, evidence start).
 */
async function canonicalDump(store: Store) {
  const entities = await store.entities();
  const label = new Map(
    entities.map((e) => [e.id, [...new Set(e.names.map((n) => n.text))].sort().join(' | ')] as const),
  );
  const end = (id: string | null, name: string) => (id === null ? `?${name}` : (label.get(id) ?? `!${id}`));
  return {
    entities: entities.map((e) => `${label.get(e.id)} @ ${[...e.documentIds].sort().join(',')}`).sort(),
    relations: (await store.relations())
      .map((r) => `${r.type}: ${end(r.subjectId, r.subjectName)} -> ${end(r.objectId, r.objectName)} @ ${r.documentId}`)
      .sort(),
    incidents: (await store.events())
      .map((e) =>
        e.reports
          .map((r) => `${r.documentId}@${r.evidence.start}`)
          .sort()
          .join(' + '),
      )
      .sort(),
  };
}

/** The dump of a fresh store given `inputs` in this order. */
async function dumpAfter(backend: (typeof BACKENDS)[number], inputs: IngestInput[]) {
  const scratch = scratchDatabase();
  const store = await backend.open(scratch.path);
  try {
    for (const input of inputs) await store.ingest(input);
    return await canonicalDump(store);
  } finally {
    await store.close();
    await scratch.cleanup();
  }
}

describe.each(BACKENDS)('$name store: ingest order does not change the knowledge base', (backend) => {
  it.each([
    ['the gold annotations', goldInputs],
    ["the real extractor's output", extractedInputs],
  ])('gives the same canonical dump for %s ingested in three orders', async (_, inputs) => {
    const documents = inputs();
    const forwards = await dumpAfter(backend, documents);
    const middleFirst = [...documents.slice(2), ...documents.slice(0, 2)];
    expect(forwards.incidents.some((i) => i.includes(' + '))).toBe(true);
    expect(await dumpAfter(backend, [...documents].reverse())).toEqual(forwards);
    expect(await dumpAfter(backend, middleFirst)).toEqual(forwards);
  });
});

describe.each(BACKENDS)('$name store: one entity per real group and person across the corpus', (backend) => {
  const gold = goldInputs();
  const golds = goldEntities(gold);
  const scratch = scratchDatabase();
  let store: Store;
  let index: Map<string, Set<string>>;

  beforeAll(async () => {
    store = await backend.open(scratch.path);
    for (const input of gold) await store.ingest(input);
    index = await nameIndex(store);
  });
  afterAll(async () => {
    await store.close();
    await scratch.cleanup();
  });

  it('resolves every gold alias of a gold entity to one entity id', () => {
    const split = golds.filter((g) => idsOf(g, index).size !== 1).map((g) => `${g.documentId}/${g.localId}`);
    expect(split).toEqual([]);
  });

  it('gives gold entities that documents share (a common normalized name) the same id', () => {
    const apart = sharedAcrossDocuments(golds)
      .filter(([a, b]) => [...idsOf(a, index)].join() !== [...idsOf(b, index)].join())
      .map(([a, b]) => `${a.documentId}/${a.localId} ≠ ${b.documentId}/${b.localId}`);
    expect(apart).toEqual([]);
  });

  it('never collapses two gold entities of one document into one', () => {
    const collapsed = golds.flatMap((a, i) =>
      golds
        .slice(i + 1)
        .filter((b) => b.documentId === a.documentId && [...idsOf(a, index)].some((id) => idsOf(b, index).has(id)))
        .map((b) => `${a.documentId}: ${a.localId} = ${b.localId}`),
    );
    expect(collapsed).toEqual([]);
  });

  it('joins "Caucasus Province" under its parent to "Islamic State – Caucasus Province"', async () => {
    const [id] = idsOf(golds.find((g) => g.keys.includes('caucasus province')) as GoldEntity, index);
    const merges = await store.merges(id as string);
    expect(merges.map((m) => m.reason).join('\n')).toMatch(/of "Islamic State", a name it has in document/);
  });
});

describe.each(BACKENDS)("$name store: the real extractor's output across the corpus", (backend) => {
  const golds = goldEntities(goldInputs());
  const scratch = scratchDatabase();
  let store: Store;
  let index: Map<string, Set<string>>;

  beforeAll(async () => {
    store = await backend.open(scratch.path);
    for (const input of extractedInputs()) await store.ingest(input);
    index = await nameIndex(store);
  });
  afterAll(async () => {
    await store.close();
    await scratch.cleanup();
  });

  it('resolves the gold aliases it extracted of a gold entity to one entity id', () => {
    const split = golds.filter((g) => idsOf(g, index).size > 1).map((g) => `${g.documentId}/${g.localId}`);
    expect(split).toEqual([]);
  });

  it('gives gold entities that documents share the same id where both were extracted', () => {
    const apart = sharedAcrossDocuments(golds)
      .filter(([a, b]) => idsOf(a, index).size > 0 && idsOf(b, index).size > 0)
      .filter(([a, b]) => [...idsOf(a, index)].join() !== [...idsOf(b, index)].join())
      .map(([a, b]) => `${a.documentId}/${a.localId} ≠ ${b.documentId}/${b.localId}`);
    expect(apart).toEqual([]);
  });
});
