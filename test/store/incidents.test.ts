import { afterEach, describe, expect, it } from 'vitest';
import type { Event, Extraction } from '../../src/model/index.js';
import type { IngestInput, Store } from '../../src/store/store.js';
import { BACKENDS, scratchDatabase } from './backends.js';

const TEXT = 'Gunmen attacked a police post. Officials reported casualties.';

/** A one-event attack report, as a document's extraction would give it. */
function attack(id: string, overrides: Partial<Event> = {}): Event {
  return {
    id,
    date: '2018-02-18',
    category: 'attack',
    subtype: 'armed_assault',
    summary: 'Gunmen attacked a police post.',
    location: { name: 'Kizlyar', admin1: 'Dagestan', country: 'RU', precision: 'exact', lat: 43.85, lon: 46.71 },
    perpetrators: [],
    attribution: 'claimed',
    targets: [],
    weapons: [],
    evidence: { text: 'Gunmen attacked a police post.', start: 0, end: 30 },
    citations: [],
    ...overrides,
  } as Event;
}

function document(id: string, events: Event[], text = TEXT): IngestInput {
  const extraction: Extraction = {
    document: { id },
    organizations: [],
    people: [],
    relations: [],
    events,
    sources: [],
  };
  return { document: { id, text, format: 'text', contentHash: `${id}:${text.length}:${events.length}` }, extraction };
}

describe.each(BACKENDS)('$name store: reports of one incident from several documents', (backend) => {
  let store: Store;
  let cleanup = async () => {};
  const open = async () => {
    const scratch = scratchDatabase();
    cleanup = scratch.cleanup;
    store = await backend.open(scratch.path);
    return scratch.path;
  };
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('lists two documents reporting one attack (5 and 6 killed) as one event killing 5–6 with two reports', async () => {
    await open();
    await store.ingest(document('a', [attack('ev-1', { killed: 5 })]));
    await store.ingest(document('b', [attack('ev-1', { killed: 6 })]));
    const events = await store.events();
    expect(events).toHaveLength(1);
    expect(events[0]?.killed).toEqual({ min: 5, max: 6 });
    expect(events[0]?.reports.map((r) => [r.documentId, r.killed])).toEqual([
      ['a', 5],
      ['b', 6],
    ]);
    expect((await store.event('evt_b_ev-1'))?.id).toBe('evt_a_ev-1');
  });

  it('keeps two attacks on the same day in different places apart', async () => {
    await open();
    await store.ingest(document('a', [attack('ev-1')]));
    const derbent = { name: 'Derbent', admin1: 'Dagestan', country: 'RU', precision: 'exact', lat: 42.06, lon: 48.29 };
    await store.ingest(document('b', [attack('ev-1', { location: derbent } as Partial<Event>)]));
    expect((await store.events()).map((e) => e.location.name).sort()).toEqual(['Derbent', 'Kizlyar']);
  });

  it('lets a report placed only in the region join the town report inside it, the better dated representing both', async () => {
    await open();
    const region = { name: 'Dagestan', country: 'RU', precision: 'admin1' };
    await store.ingest(document('a', [attack('ev-1', { date: '2018-02', location: region } as Partial<Event>)]));
    await store.ingest(document('b', [attack('ev-1')]));
    const [event, ...rest] = await store.events();
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ id: 'evt_b_ev-1', date: '2018-02-18', dateStart: '2018-02-18' });
    expect(event?.reports).toHaveLength(2);
  });

  it('keeps apart reports whose perpetrators differ unless day, town and subtype agree, or whose dates cannot coincide', async () => {
    await open();
    await store.ingest(document('a', [attack('ev-1', { date: '2018-02', perpetrators: ['Vilayat Dagestan'] })]));
    await store.ingest(document('b', [attack('ev-1', { perpetrators: ['Caucasus Province'] })]));
    await store.ingest(document('c', [attack('ev-1', { date: '2018-03-02' })]));
    expect(await store.events()).toHaveLength(3);
  });

  it('joins reports of one day, town and subtype that blame different groups', async () => {
    await open();
    await store.ingest(document('a', [attack('ev-1', { perpetrators: ['Chechen Republic of Ichkeria'] })]));
    await store.ingest(document('b', [attack('ev-1', { perpetrators: ['Caucasus Emirate', 'Vilayat Dagestan'] })]));
    const [incident, ...rest] = await store.events();
    expect(rest).toEqual([]);
    expect(incident?.reports.map((r) => r.documentId).sort()).toEqual(['a', 'b']);
  });

  it('never puts two reports of one document in one incident', async () => {
    await open();
    await store.ingest(document('a', [attack('ev-1', { killed: 1 }), attack('ev-2', { killed: 2 })]));
    expect(await store.events()).toHaveLength(2);
  });

  it("obeys an editor's different link between two reports", async () => {
    const path = await open();
    await store.ingest(document('a', [attack('ev-1')]));
    await backend.execute(
      path,
      "insert into review_links (fact_kind, a, b, link) values ('incident', 'evt_a_ev-1', 'evt_b_ev-1', 'different')",
    );
    await store.ingest(document('b', [attack('ev-1')]));
    expect(await store.events()).toHaveLength(2);
  });

  it('joins reports an editor linked as the same, even at different places', async () => {
    const path = await open();
    await store.ingest(document('a', [attack('ev-1', { killed: 2 })]));
    await backend.execute(
      path,
      "insert into review_links (fact_kind, a, b, link) values ('incident', 'evt_b_ev-1', 'evt_a_ev-1', 'same')",
    );
    const derbent = { name: 'Derbent', admin1: 'Dagestan', country: 'RU', precision: 'exact', lat: 42.06, lon: 48.29 };
    await store.ingest(document('b', [attack('ev-1', { killed: 3, location: derbent } as Partial<Event>)]));
    const [event, ...rest] = await store.events();
    expect(rest).toEqual([]);
    expect(event?.killed).toEqual({ min: 2, max: 3 });
  });

  it('takes a replaced document’s old report out of its incident', async () => {
    await open();
    await store.ingest(document('a', [attack('ev-1', { killed: 5 })]));
    await store.ingest(document('b', [attack('ev-1', { killed: 6 })]));
    const moved = { name: 'Derbent', admin1: 'Dagestan', country: 'RU', precision: 'exact', lat: 42.06, lon: 48.29 };
    await store.ingest(
      document('a', [attack('ev-1', { killed: 5, location: moved } as Partial<Event>)], `${TEXT} Corrected.`),
    );
    const events = await store.events();
    expect(events.map((e) => [e.location.name, e.killed, e.reports.length]).sort()).toEqual([
      ['Derbent', 5, 1],
      ['Kizlyar', 6, 1],
    ]);
  });
});
