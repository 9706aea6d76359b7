import { describe, expect, it } from 'vitest';
import { attackRecord } from '../../src/kb/attack-record.js';
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

  it('adds casualties as ranges, open when one count is', async () => {
    const kizlyar = await kb.store.events({
      documentId: 'islamic-state-caucasus-province',
      from: '2018-02-18',
      to: '2018-02-18',
    });
    const grozny = await kb.store.events({
      documentId: 'islamic-state-caucasus-province',
      from: '2018-08-20',
      to: '2018-08-20',
    });
    const attacks = [...kizlyar, ...grozny].filter((e) => e.category === 'attack' && e.dateStart === e.dateEnd);
    const record = attackRecord(attacks);
    expect(record.killed).toEqual({ min: 8, max: null });
    // Kizlyar's injured combine two documents' reports (5, and 4–5): 4–5, plus Grozny's 7 or more.
    expect(record.injured).toEqual({ min: 11, max: null });
    expect(record.firstAttack?.date).toBe('2018-02-18');
    expect(record.lastAttack?.date).toBe('2018-08-20');
    expect(record.attacksPerYear).toEqual([{ year: 2018, attacks: 2 }]);
  });
});
