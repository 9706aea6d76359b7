import { afterEach, describe, expect, it } from 'vitest';
import type { IngestInput, Store } from '../../src/store/store.js';
import { BACKENDS, goldInputs, scratchDatabase } from './backends.js';

// More rows of one kind than one insert statement carries, so they land in several.
const MANY = 250;

describe.each(BACKENDS)('$name store: ingest in batches', (backend) => {
  let store: Store | undefined;
  let cleanup = async () => {};
  afterEach(async () => {
    await store?.close();
    await cleanup();
  });

  it(`keeps all ${MANY} place aliases and perpetrators of an event, in their order`, async () => {
    const scratch = scratchDatabase();
    cleanup = scratch.cleanup;
    store = await backend.open(scratch.path);
    const input = goldInputs()[0] as IngestInput;
    const [first, ...rest] = input.extraction.events;
    if (!first) throw new Error(`gold document ${input.document.id} has no event to load up`);
    const aliases = Array.from({ length: MANY }, (_, i) => `${first.location.name} ${i + 1}`);
    const perpetrators = Array.from({ length: MANY }, (_, i) => `Brigade ${i + 1}`);
    const event = { ...first, location: { ...first.location, aliases }, perpetrators };
    await store.ingest({ ...input, extraction: { ...input.extraction, events: [event, ...rest] } });

    const stored = await store.event(`evt_${input.document.id}_${first.id}`);
    expect(stored?.location.aliases).toEqual(aliases);
    expect(stored?.perpetrators.map((p) => p.name)).toEqual(perpetrators);
  });
});
