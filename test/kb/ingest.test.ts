import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document-reader.js';
import { ingestDocument, type Extractor } from '../../src/kb/ingest.js';
import { ExtractionSchema } from '../../src/model/index.js';
import type { Store } from '../../src/store/store.js';
import { corpusDocuments } from '../support/corpus.js';
import { BACKENDS, scratchDatabase } from '../store/backends.js';

const [doc] = corpusDocuments().filter((d) => d.id === 'vilayat-dagestan-brief');
if (!doc) throw new Error('the corpus lacks vilayat-dagestan-brief');

describe.each(BACKENDS)('$name: ingesting a document', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let calls: string[];
  // Replays the gold annotation, so these tests prove the ingest path whatever the extractor scores.
  const gold: Extractor = (input) => {
    calls.push(input.raw);
    return ExtractionSchema.parse(doc.gold);
  };

  beforeEach(async () => {
    const scratch = scratchDatabase();
    cleanup = scratch.cleanup;
    store = await backend.open(scratch.path);
    calls = [];
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('stores the text the evidence offsets refer to, with its sha256', async () => {
    const result = await ingestDocument(
      store,
      { id: doc.id, raw: doc.text, fileName: `${doc.id}.txt` },
      { extractor: gold },
    );
    expect(result.status).toBe('added');
    expect(result.added.events).toBeGreaterThan(0);
    const stored = await store.document(doc.id);
    expect(stored?.text).toBe(readDocument(doc.text, 'text').text);
    expect(stored?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.format).toBe('text');
    const [event] = await store.events({ documentId: doc.id, limit: 1 });
    expect(stored?.text.slice(event?.evidence.start, event?.evidence.end)).toBe(event?.evidence.text);
  });

  it('skips extraction for a document already stored with the same text', async () => {
    await ingestDocument(store, { id: doc.id, raw: doc.text, fileName: `${doc.id}.txt` }, { extractor: gold });
    const again = await ingestDocument(
      store,
      { id: doc.id, raw: doc.text, fileName: `${doc.id}.txt` },
      { extractor: gold },
    );
    expect(again.status).toBe('unchanged');
    expect(calls).toHaveLength(1);
    const edited = await ingestDocument(
      store,
      { id: doc.id, raw: `${doc.text}\n`, fileName: `${doc.id}.txt` },
      { extractor: gold },
    );
    expect(edited.status).toBe('replaced');
    expect(calls).toHaveLength(2);
  });
});

describe.each(BACKENDS)('$name: ingesting with the extraction pipeline', (backend) => {
  it('extracts a corpus article and lands its facts with evidence', async () => {
    const scratch = scratchDatabase();
    const store = await backend.open(scratch.path);
    try {
      const result = await ingestDocument(store, { id: doc.id, raw: doc.text, fileName: `${doc.id}.txt` });
      expect(result.status).toBe('added');
      expect(result.added.organizations).toBeGreaterThan(0);
      const stored = await store.document(doc.id);
      for (const event of await store.events({ documentId: doc.id })) {
        expect(stored?.text.slice(event.evidence.start, event.evidence.end)).toBe(event.evidence.text);
      }
      expect((await store.entities({ documentId: doc.id })).map((e) => e.name)).toContain('Vilayat Dagestan');
    } finally {
      await store.close();
      await scratch.cleanup();
    }
  });
});
