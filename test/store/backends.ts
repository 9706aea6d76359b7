import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ExtractionSchema } from '../../src/model/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { IngestInput, IngestResult, Store } from '../../src/store/store.js';
import { corpusDocuments } from '../support/corpus.js';

/** A backend the store contract runs against: how to open a fresh store in a scratch folder. */
export interface Backend {
  name: string;
  open(path: string): Promise<Store>;
}

/** Every backend the contract suite covers; PostgreSQL joins when its store exists. */
export const BACKENDS: Backend[] = [{ name: 'sqlite', open: (path) => openSqliteStore(path) }];

/** A scratch folder for one test's database, removed by the returned cleanup. */
export function scratchDatabase(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-store-'));
  return { path: join(dir, 'kb.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The corpus gold annotations as real extractions, ready to ingest. */
export function goldInputs(): IngestInput[] {
  return corpusDocuments().map((doc) => ({
    document: {
      id: doc.id,
      title: ExtractionSchema.parse(doc.gold).document.title,
      path: doc.textPath,
      format: 'text',
      text: doc.text,
      contentHash: createHash('sha256').update(doc.text).digest('hex'),
    },
    extraction: ExtractionSchema.parse(doc.gold),
  }));
}

/**
 * A store of `backend` in a scratch folder with every corpus gold annotation ingested before the
 * suite's tests, closed and removed after them. `ingested` holds each ingest's result, in order.
 *
 * @example
 * const kb = useGoldStore(backend);
 * it('…', async () => expect(await kb.store.documents()).toHaveLength(5));
 */
export function useGoldStore(backend: Backend): { store: Store; ingested: IngestResult[] } {
  // Filled in by beforeAll, before any test of the suite reads it.
  const suite = { store: undefined as unknown as Store, ingested: [] as IngestResult[] };
  let cleanup = () => {};
  beforeAll(async () => {
    const scratch = scratchDatabase();
    cleanup = scratch.cleanup;
    suite.store = await backend.open(scratch.path);
    for (const input of goldInputs()) suite.ingested.push(await suite.store.ingest(input));
  });
  afterAll(async () => {
    await suite.store.close();
    cleanup();
  });
  return suite;
}
