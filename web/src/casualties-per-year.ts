import { addCounts, type Count } from '../../src/model/count.js';
import type { EventRecord } from '../../src/store/store.js';

/** The dead and wounded of one year's attacks, as ranges; null when no attack gives a count. */
export interface YearCasualties {
  year: number;
  killed: Count | null;
  injured: Count | null;
}

const plus = (sum: Count | null, c: Count | null) => (c === null ? sum : sum === null ? c : addCounts(sum, c));

/**
 * Killed and injured per year over a group's attacks, each year by the first day its attacks
 * may fall on (as the profile counts attacks per year), sums as ranges: a "5–6" and an "at
 * least 2" make "7+".
 *
 * @example
 * casualtiesPerYear(events) // [{ year: 2015, killed: 1, injured: null }, { year: 2018, killed: { min: 8, max: null }, … }]
 */
export function casualtiesPerYear(events: EventRecord[]): YearCasualties[] {
  const years = new Map<number, YearCasualties>();
  for (const e of events) {
    const day = e.dateStart ?? e.dateEnd;
    if (e.category !== 'attack' || day === null) continue;
    const year = Number(day.slice(0, 4));
    const sum = years.get(year) ?? { year, killed: null, injured: null };
    years.set(year, { year, killed: plus(sum.killed, e.killed), injured: plus(sum.injured, e.injured) });
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}
