import { afterEach, describe, expect, it } from 'vitest';
import type { Extraction, Organization, Person } from '../../src/model/index.js';
import type { IngestInput, Store } from '../../src/store/store.js';
import { BACKENDS, scratchDatabase } from './backends.js';

type Org = Partial<Organization> & { id: string; name: string };
type Per = Partial<Person> & { id: string; name: string };

/** A document whose text names its entities and whose extraction lists them. */
function document(id: string, entities: { organizations?: Org[]; people?: Per[] }, text = ''): IngestInput {
  const organizations = (entities.organizations ?? []).map((o) => ({ aliases: [], ...o }));
  const people = (entities.people ?? []).map((p) => ({ aliases: [], ...p }));
  const body = text || [...organizations, ...people].map((e) => e.name).join('. ');
  const extraction: Extraction = { document: { id }, organizations, people, relations: [], events: [], sources: [] };
  return { document: { id, text: body, format: 'text', contentHash: `${id}:${body}` }, extraction };
}

/** Each entity as the sorted texts of its names. */
const nameSets = async (store: Store, kind?: 'organization' | 'person') =>
  (await store.entities(kind ? { kind } : {}))
    .map((e) => [...new Set(e.names.map((n) => n.text))].sort().join(' | '))
    .sort();

describe.each(BACKENDS)('$name store: resolving entities across documents', (backend) => {
  let store: Store;
  let path = '';
  let cleanup = async () => {};
  const open = async () => {
    const scratch = scratchDatabase();
    [path, cleanup] = [scratch.path, scratch.cleanup];
    store = await backend.open(path);
  };
  afterEach(async () => {
    await store.close();
    await cleanup();
  });
  /** Writes an editor's link between two entity mentions, as review does. */
  const link = (a: string, b: string, kind: 'same' | 'different') =>
    backend.execute(path, "insert into review_links (fact_kind, a, b, link) values ('entity', ?, ?, ?)", a, b, kind);

  it('merges two stored entities when a later document names both, and the merged id finds the survivor', async () => {
    await open();
    await store.ingest(document('a', { organizations: [{ id: 'o', name: 'Imarat Kavkaz' }] }));
    await store.ingest(document('b', { organizations: [{ id: 'o', name: 'Caucasus Emirate' }] }));
    const before = (await store.entities()).map((e) => e.id).sort();
    expect(before).toHaveLength(2);
    await store.ingest(
      document('c', { organizations: [{ id: 'o', name: 'Caucasus Emirate', aliases: ['Imarat Kavkaz'] }] }),
    );
    const [merged, ...rest] = await store.entities();
    expect(rest).toEqual([]);
    expect(merged?.documentIds.sort()).toEqual(['a', 'b', 'c']);
    // One mention each: the smaller id survives; the other still resolves, to it.
    expect(merged?.id).toBe(before[0]);
    expect((await store.entity(before[1] as string))?.id).toBe(before[0]);
    const reasons = (await store.merges(merged?.id as string)).map((m) => `${m.documentId}: ${m.reason}`);
    expect(reasons.join('\n')).toMatch(/^c: shares the name/m);
    expect(reasons.join('\n')).toMatch(/merged when "Caucasus Emirate" of document c matched both/);
  });

  it('keeps the id of the entity with more mentions when two merge', async () => {
    await open();
    await store.ingest(document('a', { organizations: [{ id: 'o', name: 'Shariat Jamaat' }] }));
    await store.ingest(document('b', { organizations: [{ id: 'o', name: 'Vilayat Dagestan' }] }));
    await store.ingest(document('c', { organizations: [{ id: 'o', name: 'Vilayat Dagestan' }] }));
    const busier = (await store.entities()).find((e) => e.documentIds.length === 2)?.id as string;
    const quieter = (await store.entities()).find((e) => e.documentIds.length === 1)?.id as string;
    expect(quieter < busier).toBe(true);
    await store.ingest(
      document('d', { organizations: [{ id: 'o', name: 'Vilayat Dagestan', aliases: ['Shariat Jamaat'] }] }),
    );
    expect((await store.entities()).map((e) => e.id)).toEqual([busier]);
    expect((await store.entity(quieter))?.id).toBe(busier);
  });

  it('forgets the names a replaced document gave an entity', async () => {
    await open();
    await store.ingest(document('a', { organizations: [{ id: 'o', name: 'Caucasus Emirate' }] }));
    await store.ingest(
      document('b', { organizations: [{ id: 'o', name: 'Imarat Kavkaz', aliases: ['Caucasus Emirate'] }] }),
    );
    expect(await nameSets(store)).toEqual(['Caucasus Emirate | Imarat Kavkaz']);
    await store.ingest(document('b', { organizations: [{ id: 'o', name: 'Jaish al-Muhajireen wal-Ansar' }] }));
    await store.ingest(document('c', { organizations: [{ id: 'o', name: 'Imarat Kavkaz' }] }));
    expect(await nameSets(store)).toEqual(['Caucasus Emirate', 'Imarat Kavkaz', 'Jaish al-Muhajireen wal-Ansar']);
  });

  it('joins a surname alone and a name in another script to the one person who carries it', async () => {
    await open();
    await store.ingest(document('a', { people: [{ id: 'p', name: 'Rustam Asildarov' }] }));
    await store.ingest(document('b', { people: [{ id: 'p', name: 'Asildarov' }] }));
    await store.ingest(document('c', { people: [{ id: 'p', name: 'Асильдаров' }] }));
    expect(await nameSets(store)).toEqual(['Asildarov | Rustam Asildarov | Асильдаров']);
    const [entity] = await store.entities();
    expect((await store.merges(entity?.id as string)).map((m) => m.reason)).toEqual([
      expect.stringMatching(/surname "Asildarov" fits one known person/),
      expect.stringMatching(/shares the name "Асильдаров"|surname "Асильдаров"/),
    ]);
  });

  it('keeps apart people who share only a surname, and a surname that fits both', async () => {
    await open();
    await store.ingest(document('a', { people: [{ id: 'p', name: 'Khalil Khalilov', aliases: ['Khalilov'] }] }));
    await store.ingest(document('b', { people: [{ id: 'p', name: 'Rappani Khalilov', aliases: ['Khalilov'] }] }));
    await store.ingest(document('c', { people: [{ id: 'p', name: 'Khalilov' }] }));
    expect(await nameSets(store)).toEqual(['Khalil Khalilov | Khalilov', 'Khalilov', 'Khalilov | Rappani Khalilov']);
  });

  it('takes a surname back out of the person it joined once a second person carries it', async () => {
    await open();
    const surnameFirst = [
      document('c', { people: [{ id: 'p', name: 'Khalilov' }] }),
      document('a', { people: [{ id: 'p', name: 'Khalil Khalilov' }] }),
      document('b', { people: [{ id: 'p', name: 'Rappani Khalilov' }] }),
    ];
    await store.ingest(surnameFirst[0] as IngestInput);
    await store.ingest(surnameFirst[1] as IngestInput);
    expect(await nameSets(store)).toEqual(['Khalil Khalilov | Khalilov']);
    await store.ingest(surnameFirst[2] as IngestInput);
    expect(await nameSets(store)).toEqual(['Khalil Khalilov', 'Khalilov', 'Rappani Khalilov']);
  });

  it('joins two spellings of one given name with the same surname', async () => {
    await open();
    await store.ingest(document('a', { people: [{ id: 'p', name: 'Doku Umarov', aliases: ['Umarov'] }] }));
    await store.ingest(document('b', { people: [{ id: 'p', name: 'Dokka Umarov', aliases: ['Umarov'] }] }));
    expect(await nameSets(store)).toEqual(['Dokka Umarov | Doku Umarov | Umarov']);
  });

  it('joins transliteration variants of a name, and not names that only sound alike', async () => {
    await open();
    await store.ingest(document('a', { organizations: [{ id: 'o', name: 'Vilayat Galgaicho' }] }));
    await store.ingest(document('b', { organizations: [{ id: 'o', name: 'Velayat Galgaycho' }] }));
    await store.ingest(document('c', { people: [{ id: 'p', name: 'Said Umarov' }] }));
    await store.ingest(document('d', { people: [{ id: 'p', name: 'Saad Umarov' }] }));
    expect(await nameSets(store)).toEqual(['Saad Umarov', 'Said Umarov', 'Velayat Galgaycho | Vilayat Galgaicho']);
  });

  it('does not merge two organizations on an abbreviation alone, unless their parent agrees', async () => {
    await open();
    await store.ingest(document('a', { organizations: [{ id: 'o', name: 'Islamic State', aliases: ['IS'] }] }));
    await store.ingest(document('b', { organizations: [{ id: 'o', name: 'Islamic Society', aliases: ['IS'] }] }));
    expect(await nameSets(store)).toHaveLength(2);
    const kbk = (id: string, name: string) =>
      document(id, { organizations: [{ id: 'o', name, aliases: ['KBK'], parent: 'Caucasus Emirate' }] });
    await store.ingest(kbk('c', 'Vilayat KBK'));
    await store.ingest(kbk('d', 'United Vilayat of Kabarda, Balkaria and Karachay'));
    expect(await nameSets(store)).toContain('KBK | United Vilayat of Kabarda, Balkaria and Karachay | Vilayat KBK');
  });

  it('keeps apart organizations whose founding dates contradict', async () => {
    await open();
    await store.ingest(document('a', { organizations: [{ id: 'o', name: 'Vilayat Nokhchicho', founded: '2007-10' }] }));
    await store.ingest(document('b', { organizations: [{ id: 'o', name: 'Vilayat Nokhchicho', founded: '2015-06' }] }));
    await store.ingest(document('c', { organizations: [{ id: 'o', name: 'Vilayat Nokhchicho', founded: '2007' }] }));
    expect((await store.entities()).map((e) => e.documentIds.sort().join())).toEqual(
      expect.arrayContaining(['a,c', 'b']),
    );
  });

  it("obeys an editor's different and same links between mentions", async () => {
    await open();
    await store.ingest(document('a', { people: [{ id: 'p', name: 'Magomed Suleimanov' }] }));
    await link('a/p', 'b/p', 'different');
    await link('a/p', 'c/p', 'same');
    await store.ingest(document('b', { people: [{ id: 'p', name: 'Magomed Suleimanov' }] }));
    await store.ingest(document('c', { people: [{ id: 'p', name: 'Abu Usman Gimrinsky' }] }));
    expect(await nameSets(store)).toEqual(['Abu Usman Gimrinsky | Magomed Suleimanov', 'Magomed Suleimanov']);
  });
});
