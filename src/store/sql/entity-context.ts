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
 * const checks = entityContext(conn).forMention();
 * await checks.agreement({ parents: ['Caucasus Emirate'], founded: [] }, await checks.facts('org_kbk')) // { verdict: 'agree', … }
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

  /**
   * The checks for one mention's candidates. Each answer is kept while the mention resolves:
   * the same entities and parents come up for every candidate and every pair of them, and
   * nothing is written until the mention's entity is decided — so a name shared by many stored
   * entities costs one lookup per entity, not one per pair.
   */
  function forMention() {
    const factsOf = new Map<string, Promise<OrganizationFacts>>();
    const groupsOf = new Map<string, Promise<Set<string>>>();
    const groupsNamed = (key: string) => {
      let ids = groupsOf.get(key);
      if (!ids) groupsOf.set(key, (ids = parentIds.all(key).then((rows) => new Set(rows.map((r) => r.entity_id)))));
      return ids;
    };

    /** Whether two parent names are the same group, different groups, or unknown (either unresolved). */
    async function sameParent(a: string, b: string): Promise<boolean | null> {
      const [ka, kb] = [asciiKey(a), asciiKey(b)];
      if (ka === kb) return true;
      const [ia, ib] = [await groupsNamed(ka), await groupsNamed(kb)];
      if (ia.size === 0 || ib.size === 0) return null;
      return [...ia].some((id) => ib.has(id));
    }

    return {
      /** Takes an entity's parents and founding dates as read along with it, instead of reading them again. */
      know(entityId: string, facts: OrganizationFacts): void {
        factsOf.set(entityId, Promise.resolve(facts));
      },

      /** The parents and founding dates an entity's mentions state. */
      facts(entityId: string): Promise<OrganizationFacts> {
        let facts = factsOf.get(entityId);
        if (!facts)
          factsOf.set(
            entityId,
            (facts = factRows.all(entityId).then((rows) => ({
              parents: rows.flatMap((r) => (r.kind === 'parent' ? [r.key] : [])),
              founded: rows.flatMap((r) => (r.kind === 'founded' ? [r.key] : [])),
            }))),
          );
        return facts;
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
    };
  }

  return {
    forMention,

    /** A full name of the entity that `normalizedText` (a normalized document) also mentions, or null. */
    async coMentioned(entityId: string, normalizedText: string): Promise<string | null> {
      const padded = ` ${normalizedText} `;
      return (await fullNames.all(entityId)).find((n) => padded.includes(` ${n.key} `))?.key ?? null;
    },
  };
}
