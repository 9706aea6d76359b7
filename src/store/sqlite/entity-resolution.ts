import type Database from 'better-sqlite3';
import { asciiKey, type EntityKind } from '../../model/index.js';
import type { KeyedName } from './entity-names.js';

/** Where an extracted entity lands: an existing entity (with the reason) or a new one. */
export interface Resolution {
  entityId: string;
  created: boolean;
  /** Why the entity was merged into one from another document; null when created. */
  reason: string | null;
}

interface Candidate {
  entity_id: string;
  text: string;
  document_id: string;
}

const PREFIX: Record<EntityKind, string> = { organization: 'org', person: 'per' };

/**
 * Resolves extracted entities to the store's by shared name: an entity of the same kind
 * with a name whose normalized or ASCII key equals one of the new entity's names is the
 * same entity (so `Caucasus Emirate` of two documents is one). Deliberately simple: the
 * first entity sharing the most names wins, and the reason is recorded for review. Each
 * store entity takes at most one entity of a document, so a document's own distinctions
 * survive.
 *
 * @example
 * const resolve = entityResolver(raw);
 * resolve('organization', names, claimed) // { entityId: 'org_caucasus-emirate', created: false, reason: 'shares the name …' }
 */
export function entityResolver(raw: Database.Database) {
  const byKey = raw.prepare<[string, string, string], Candidate>(
    `select n.entity_id, n.text, n.document_id from names n join entities e on e.id = n.entity_id
     where e.kind = ? and (n.normalized = ? or n.ascii_key = ?) order by n.id`,
  );
  const idTaken = raw.prepare<[string], { id: string }>('select id from entities where id = ?');
  const insertEntity = raw.prepare<[string, string]>('insert into entities (id, kind) values (?, ?)');

  function newId(kind: EntityKind, name: string): string {
    const slug = asciiKey(name).replace(/ /g, '-').slice(0, 60) || 'unnamed';
    const base = `${PREFIX[kind]}_${slug}`;
    let id = base;
    for (let n = 2; idTaken.get(id); n += 1) id = `${base}-${n}`;
    return id;
  }

  return (kind: EntityKind, canonical: string, names: KeyedName[], claimed: Set<string>): Resolution => {
    const shared = new Map<string, { count: number; first: Candidate }>();
    for (const name of names) {
      const seenForName = new Set<string>();
      for (const hit of byKey.all(kind, name.normalized, name.ascii)) {
        if (claimed.has(hit.entity_id) || seenForName.has(hit.entity_id)) continue;
        seenForName.add(hit.entity_id);
        const entry = shared.get(hit.entity_id);
        if (entry) entry.count += 1;
        else shared.set(hit.entity_id, { count: 1, first: hit });
      }
    }
    const best = [...shared.entries()].reduce<[string, { count: number; first: Candidate }] | null>(
      (a, b) => (a === null || b[1].count > a[1].count ? b : a),
      null,
    );
    if (best) {
      const [entityId, { count, first }] = best;
      const names = count === 1 ? 'the name' : `${count} names, among them`;
      const reason = `shares ${names} "${first.text}" with document ${first.document_id}`;
      return { entityId, created: false, reason };
    }
    const entityId = newId(kind, canonical);
    insertEntity.run(entityId, kind);
    return { entityId, created: true, reason: null };
  };
}
