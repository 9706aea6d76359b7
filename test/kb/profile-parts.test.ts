import { describe, expect, it } from 'vitest';
import { attackRecord } from '../../src/kb/attack-record.js';
import { addCounts, type Count } from '../../src/model/count.js';
import type { EventRecord } from '../../src/store/store.js';
import { distinctIncidents } from '../../src/kb/incidents.js';
import { mergeRelations } from '../../src/kb/merge-relations.js';
import { nameSimilarity } from '../../src/kb/name-similarity.js';
import { BACKENDS, useGoldStore } from '../store/backends.js';

describe('ranking names', () => {
  it('explains a query word by the alias it is of', () => {
    const expansions = new Map([['isis', [['islamic', 'state']]]]);
    const branch = nameSimilarity('isis caucasus', 'islamic state caucasus province', expansions);
    const parent = nameSimilarity('isis caucasus', 'islamic state', expansions);
    expect(branch).toBeGreaterThan(parent);
    expect(nameSimilarity('isis caucasus', 'islamic state caucasus province')).toBeLessThan(branch);
  });

  it('scores an equal key 1 and a prefix of a surname close to it', () => {
    expect(nameSimilarity('asildarov', 'asildarov')).toBe(1);
    expect(nameSimilarity('asild', 'asildarov')).toBeGreaterThan(0.5);
    expect(nameSimilarity('asild', 'rustam asildarov')).toBeLessThan(nameSimilarity('asild', 'asildarov'));
    expect(nameSimilarity('kizlyar', 'caucasus emirate')).toBeLessThan(0.2);
  });
});

describe.each(BACKENDS)('$name: the parts of a profile', (backend) => {
  const kb = useGoldStore(backend);

  it('counts the Kizlyar church shooting of two documents once', async () => {
    const reports = (await kb.store.events({ from: '2018-02-18', to: '2018-02-18', category: 'attack' })).filter(
      (e) => e.location.name === 'Kizlyar',
    );
    expect(reports).toHaveLength(1);
    expect(new Set(reports[0]?.reports.map((r) => r.documentId)).size).toBeGreaterThan(1);
    expect(distinctIncidents(reports)).toHaveLength(1);
  });

  it('keeps attacks of one document apart even at the same place and year', async () => {
    const magnitogorsk = (
      await kb.store.events({ documentId: 'islamic-state-caucasus-province', category: 'attack' })
    ).filter((e) => e.location.name === 'Magnitogorsk');
    expect(magnitogorsk).toHaveLength(2);
    expect(distinctIncidents(magnitogorsk)).toHaveLength(2);
  });

  it('folds a leadership stated by several documents into its most precise term', async () => {
    const [kebekov] = (await kb.store.entities({ kind: 'person' })).filter((p) => p.name === 'Aliaskhab Kebekov');
    const terms = (await kb.store.relations({ entityId: kebekov?.id, type: 'leader_of' })).filter(
      (r) => r.start !== null,
    );
    expect(new Set(terms.map((r) => r.start))).toEqual(new Set(['2014-03', '2014-03-18']));
    const merged = mergeRelations(terms);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ start: '2014-03-18', end: '2015-04-19' });
    expect(merged[0]?.documentIds.length).toBe(new Set(terms.map((t) => t.documentId)).size);
  });

  it('adds casualties as ranges in SQL over every attack, per year and in total, as the events state them', async () => {
    const group = 'org_islamic-state-caucasus-province';
    const record = await attackRecord(kb.store, [group]);
    const attacks = await kb.store.events({ entityId: group, category: 'attack' });
    const sum = (counts: (Count | null)[]) =>
      counts.reduce<Count | null>((total, c) => (c === null ? total : total === null ? c : addCounts(total, c)), null);
    const earliest = (e: EventRecord) => e.dateStart ?? e.dateEnd;
    const years = [...new Set(attacks.map((e) => Number(earliest(e)?.slice(0, 4))))].sort();
    expect(record.attacksPerYear).toEqual(
      years.map((year) => {
        const of = attacks.filter((e) => Number(earliest(e)?.slice(0, 4)) === year);
        return {
          year,
          attacks: of.length,
          killed: sum(of.map((e) => e.killed)),
          injured: sum(of.map((e) => e.injured)),
        };
      }),
    );
    expect(record.killed).toEqual(sum(attacks.map((e) => e.killed)));
    expect(record.injured).toEqual(sum(record.attacksPerYear.map((y) => y.injured)));
    expect(record.firstAttack?.date).toBe('2015-09-02');
    expect(record.lastAttack?.id).toBe(attacks.at(-1)?.id);
  });

  it('adds a range and an open count into an open range: Kizlyar and Grozny in 2018', async () => {
    const group = 'org_islamic-state-caucasus-province';
    const year = (await attackRecord(kb.store, [group])).attacksPerYear.find((p) => p.year === 2018);
    // Kizlyar's reports give 5 and 4–5 injured (combined 4–5); Grozny's at least 7; so the year is open.
    expect(year?.injured).toMatchObject({ max: null });
    expect(year?.killed).toMatchObject({ max: null });
  });
});
