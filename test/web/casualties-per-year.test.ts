import { describe, expect, it } from 'vitest';
import { attackRecord } from '../../src/kb/attack-record.js';
import { addCounts, type Count } from '../../src/model/count.js';
import { casualtiesPerYear } from '../../web/src/casualties-per-year.js';
import { BACKENDS, useGoldStore } from '../store/backends.js';

const sum = (counts: (Count | null)[]) =>
  counts.reduce<Count | null>((total, c) => (c === null ? total : total === null ? c : addCounts(total, c)), null);

describe.each(BACKENDS)('$name: casualties per year for the profile chart', (backend) => {
  const kb = useGoldStore(backend);

  it('counts only attacks, in the years the profile counts them, adding up to its totals', async () => {
    const events = await kb.store.events({});
    const attacks = events.filter((e) => e.category === 'attack');
    expect(attacks.length).toBeLessThan(events.length);
    const perYear = casualtiesPerYear(events);
    const profile = attackRecord(attacks);

    expect(perYear.map((p) => p.year)).toEqual(profile.attacksPerYear.map((p) => p.year));
    expect(sum(perYear.map((p) => p.killed))).toEqual(profile.killed);
    expect(sum(perYear.map((p) => p.injured))).toEqual(profile.injured);
  });

  it('adds a range and an open count into an open range: Kizlyar and Grozny in 2018', async () => {
    const attacks = await kb.store.events({
      documentId: 'islamic-state-caucasus-province',
      category: 'attack',
      from: '2018-02-18',
      to: '2018-08-20',
    });
    const year = casualtiesPerYear(attacks.filter((e) => e.dateStart === e.dateEnd)).find((p) => p.year === 2018);
    // Kizlyar's reports give 5 and 4–5 injured (combined 4–5); Grozny's give at least 7.
    expect(year).toEqual({ year: 2018, killed: { min: 8, max: null }, injured: { min: 11, max: null } });
  });
});
