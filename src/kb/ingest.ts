import { createHash } from 'node:crypto';
import { detectFormat, readDocument } from '../extract/document-reader.js';
import { extract, type ExtractInput, type ExtractOptions } from '../extract/pipeline.js';
import type { Extraction } from '../model/index.js';
import type { IngestResult, Store } from '../store/store.js';

/** A document to ingest: what extraction takes, and where it was read from. */
export interface IngestDocumentInput extends ExtractInput {
  path?: string;
}

/** The extraction step; the pipeline by default, replaceable to replay a stored extraction. */
export type Extractor = (input: ExtractInput) => Extraction;

/** Options of the pipeline (a gazetteer loaded once for a batch), or another extractor altogether. */
export interface IngestDocumentOptions extends ExtractOptions {
  extractor?: Extractor;
}

const EMPTY = { organizations: 0, people: 0, names: 0, relations: 0, events: 0, sources: 0 };

/**
 * Extracts a document and lands it in the store. The raw text is hashed (sha256) first:
 * when the store already holds that hash for the id, extraction is skipped and nothing
 * is written (`status: 'unchanged'`).
 *
 * @example
 * const result = await ingestDocument(store, { id: 'vilayat-dagestan-brief', raw, fileName: 'vilayat-dagestan-brief.txt' });
 * result.status // 'added'
 */
export async function ingestDocument(
  store: Store,
  input: IngestDocumentInput,
  options: IngestDocumentOptions = {},
): Promise<IngestResult> {
  const contentHash = createHash('sha256').update(input.raw).digest('hex');
  if ((await store.documentHash(input.id)) === contentHash) {
    return { documentId: input.id, status: 'unchanged', added: { ...EMPTY } };
  }
  const format = input.format ?? detectFormat(input.fileName ?? `${input.id}.txt`, input.raw);
  const { extractor, ...extractOptions } = options;
  const run: Extractor = extractor ?? ((doc) => extract(doc, extractOptions));
  const extraction = run({ id: input.id, raw: input.raw, format, fileName: input.fileName, title: input.title });
  // Evidence offsets refer to the text as read (markup removed), so that is the text stored.
  const { text, title } = readDocument(input.raw, format);
  return store.ingest({
    document: {
      id: input.id,
      title: input.title ?? extraction.document.title ?? title,
      path: input.path,
      format,
      text,
      contentHash,
    },
    extraction,
  });
}
