import type { Count } from '../model/index.js';
import type { EventRecord, Store, YearAttacks } from '../store/store.js';

/** What a group's attacks add up to. */
export interface AttackRecord {
  firstAttack: EventRecord | null;
  lastAttack: EventRecord | null;
  /** Attacks by the year they (may) start in, with their dead and wounded as ranges. */
  attacksPerYear: YearAttacks[];
  /** Totals as ranges; null when no attack states a count, open when any count is. */
  killed: Count | null;
  injured: Count | null;
}

/**
 * First and last attack by their date bounds, attacks and casualties per year, and casualty
 * totals as ranges (sum of minimums, sum of maximums) of the attacks any of the entities
 * carried out, counted by the store over all of them.
 *
 * @example
 * (await attackRecord(store, ['org_islamic-state-caucasus-province'])).killed // { min: 17, max: null }
 */
export async function attackRecord(store: Store, entityIds: readonly string[]): Promise<AttackRecord> {
  const summary = await store.attackSummary(entityIds);
  const event = async (id: string | null) => (id === null ? null : store.event(id));
  return {
    firstAttack: await event(summary.firstAttackId),
    lastAttack: await event(summary.lastAttackId),
    attacksPerYear: summary.perYear,
    killed: summary.killed,
    injured: summary.injured,
  };
}
