import { createHash } from 'node:crypto';
import type { Extraction } from '../../src/model/index.js';
import type { IngestInput } from '../../src/store/store.js';
import { goldInputs } from '../store/backends.js';

/** The corpus document the review tests edit: it has counts, footnotes and parsed references. */
export const REVIEWED_DOCUMENT = 'caucasus-emirate';
/** Its Moscow Metro bombing: 40 killed, citing reference 2. */
export const METRO = `evt_${REVIEWED_DOCUMENT}_ev-moscow-metro`;

/** The gold ingest input of a corpus document. */
export function goldInput(id: string): IngestInput {
  const input = goldInputs().find((i) => i.document.id === id);
  if (!input) throw new Error(`the corpus lacks ${id}`);
  return input;
}

/**
 * The document as a later version of it: its text `version` lines longer (so its hash changes)
 * and its extraction as `revise` leaves a copy of it.
 *
 * @example
 * const v2 = revised(goldInput('caucasus-emirate'), (x) => { x.events[0]!.killed = 41; });
 */
export function revised(input: IngestInput, revise: (extraction: Extraction) => void, version = 1): IngestInput {
  const extraction = structuredClone(input.extraction);
  revise(extraction);
  const text = `${input.document.text}${'\n'.repeat(version)}`;
  return {
    document: { ...input.document, text, contentHash: createHash('sha256').update(text).digest('hex') },
    extraction,
  };
}

/** The extraction's event with local id `id`, to revise. */
export function eventOf(extraction: Extraction, id: string) {
  const event = extraction.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the extraction`);
  return event;
}
