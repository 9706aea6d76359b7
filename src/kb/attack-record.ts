import { addCounts, type Count } from '../model/index.js';
import type { EventRecord } from '../store/store.js';

/** What a group's attacks add up to. */
export interface AttackRecord {
  firstAttack: EventRecord | null;
  lastAttack: EventRecord | null;
  /** Attacks by the year they (may) start in. */
  attacksPerYear: { year: number; attacks: number }[];
  /** Totals as ranges; null when no attack states a count, open when any count is. */
  killed: Count | null;
  injured: Count | null;
}

/** The earliest day an event may fall on; an open start ("..2017") counts from its end. */
const earliest = (e: EventRecord) => e.dateStart ?? e.dateEnd ?? '9999';
/** The latest day an event may fall on; an open end counts from its start. */
const latest = (e: EventRecord) => e.dateEnd ?? e.dateStart ?? '0000';

const total = (counts: (Count | null)[]) =>
  counts.reduce<Count | null>((sum, c) => (c === null ? sum : sum === null ? c : addCounts(sum, c)), null);

/**
 * First and last attack by their date bounds, attacks per year, and casualty totals as
 * ranges (sum of minimums, sum of maximums). Pure: the caller picks the attacks.
 *
 * @example
 * attackRecord([kizlyar, grozny]).killed // { min: 8, max: null } (6, and "at least 2")
 */
export function attackRecord(attacks: EventRecord[]): AttackRecord {
  const byStart = [...attacks].sort((a, b) => earliest(a).localeCompare(earliest(b)) || a.id.localeCompare(b.id));
  const perYear = new Map<number, number>();
  for (const e of byStart) {
    const year = Number(earliest(e).slice(0, 4));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  return {
    firstAttack: byStart[0] ?? null,
    lastAttack: byStart.reduce<EventRecord | null>((a, e) => (a === null || latest(e) >= latest(a) ? e : a), null),
    attacksPerYear: [...perYear].sort(([a], [b]) => a - b).map(([year, n]) => ({ year, attacks: n })),
    killed: total(attacks.map((e) => e.killed)),
    injured: total(attacks.map((e) => e.injured)),
  };
}
