import { fileURLToPath } from 'node:url';
import { readDocumentFile } from '../kb/document-input.js';
import { ingestDocument } from '../kb/ingest.js';
import type { IngestResult, Store } from '../store/store.js';

/**
 * The article `npm start` loads into an empty database (CC BY-SA 4.0, see data/demo/README.md).
 *
 * @example
 * await readDocumentFile(DEMO_DOCUMENT_PATH) // { id: 'islamic-state-caucasus-province', … }
 */
export const DEMO_DOCUMENT_PATH = fileURLToPath(
  new URL('../../data/demo/islamic-state-caucasus-province.txt', import.meta.url),
);

/**
 * Ingests the demo article when the store holds no document yet, so a first run has
 * something to show; a store with documents is left alone.
 *
 * @example
 * const result = await loadDemoIfEmpty(store); // null when documents were already there
 */
export async function loadDemoIfEmpty(store: Store): Promise<IngestResult | null> {
  if ((await store.documents()).length > 0) return null;
  return ingestDocument(store, await readDocumentFile(DEMO_DOCUMENT_PATH));
}
