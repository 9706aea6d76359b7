import { asciiKey, edtfOverlaps } from '../../model/index.js';
import type { SqlConnection } from './connection.js';

/** What an organization's mentions say about it beyond its names. */
export interface OrganizationFacts {
  parents: string[];
  founded: string[];
}

/** Whether stated facts agree (same parent, overlapping founding dates), contradict, or say nothing. */
export type Agreement = { verdict: 'agree' | 'contradict'; why: string } | { verdict: 'silent' };

/**
 * Context checks for organization merges, over the store: parents compare by the entity
 * their names resolve to (so `IS` and `Islamic State` agree), founding dates by EDTF
 * overlap. A contradiction blocks any merge; an agreement lets an abbreviation alone merge.
 *
 * @example
 * const context = entityContext(conn);
 * context.agreement({ parents: ['Caucasus Emirate'], founded: [] }, await context.facts('org_kbk')) // { verdict: 'agree', … }
 */
export function entityContext(conn: SqlConnection) {
  const factRows = conn.prepare<[string], { kind: 'parent' | 'founded'; key: string }>(
    `select kind, key from entity_keys where entity_id = ? and kind in ('parent', 'founded')`,
  );
  // Through the keys kept once per entity, not the names every document repeats: the cost
  // stays flat however many documents name the parent.
  const parentIds = conn.prepare<[string], { entity_id: string }>(
    `select distinct entity_id from entity_keys
     where key = ? and entity_kind = 'organization' and kind in ('name', 'abbreviation')`,
  );
  const fullNames = conn.prepare<[string], { key: string }>(
    `select key from entity_keys where entity_id = ? and kind = 'name' and key like '% %' limit 50`,
  );

  /** Whether two parent names are the same group, different groups, or unknown (either unresolved). */
  async function sameParent(a: string, b: string): Promise<boolean | null> {
    const [ka, kb] = [asciiKey(a), asciiKey(b)];
    if (ka === kb) return true;
    const ia = (await parentIds.all(ka)).map((r) => r.entity_id);
    const ib = new Set((await parentIds.all(kb)).map((r) => r.entity_id));
    if (ia.length === 0 || ib.size === 0) return null;
    return ia.some((id) => ib.has(id));
  }

  return {
    /** The parents and founding dates an entity's mentions state. */
    async facts(entityId: string): Promise<OrganizationFacts> {
      const rows = await factRows.all(entityId);
      return {
        parents: rows.flatMap((r) => (r.kind === 'parent' ? [r.key] : [])),
        founded: rows.flatMap((r) => (r.kind === 'founded' ? [r.key] : [])),
      };
    },

    /** How two sets of facts relate; a contradiction wins over an agreement. */
    async agreement(a: OrganizationFacts, b: OrganizationFacts): Promise<Agreement> {
      let agree: string | null = null;
      for (const pa of a.parents)
        for (const pb of b.parents) {
          const same = await sameParent(pa, pb);
          if (same === false) return { verdict: 'contradict', why: `parents differ ("${pa}", "${pb}")` };
          if (same) agree ??= `the same parent "${pa}"`;
        }
      for (const fa of a.founded)
        for (const fb of b.founded) {
          if (!edtfOverlaps(fa, fb)) return { verdict: 'contradict', why: `founding dates differ (${fa}, ${fb})` };
          agree ??= `founding dates agree (${fa}, ${fb})`;
        }
      return agree === null ? { verdict: 'silent' } : { verdict: 'agree', why: agree };
    },

    /** A full name of the entity that `normalizedText` (a normalized document) also mentions, or null. */
    async coMentioned(entityId: string, normalizedText: string): Promise<string | null> {
      const padded = ` ${normalizedText} `;
      return (await fullNames.all(entityId)).find((n) => padded.includes(` ${n.key} `))?.key ?? null;
    },
  };
}
