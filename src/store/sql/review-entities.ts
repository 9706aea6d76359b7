import { InputError, NotFoundError, type EntityKind } from '../../model/index.js';
import type { SqlConnection } from './connection.js';
import { entityResolver } from './entity-resolution.js';
import { displayNameMover } from './entity-display-names.js';

/** One document's mention of an entity, as review links name it: `<document>/<local id>`. */
export interface MentionRef {
  documentId: string;
  localId: string;
}

/**
 * Reads `<document>/<local id>`; the local id may itself hold no slash, the document id may.
 *
 * @example
 * parseMention('caucasus-emirate/org-ce') // { documentId: 'caucasus-emirate', localId: 'org-ce' }
 */
export function parseMention(ref: string): MentionRef {
  const cut = ref.lastIndexOf('/');
  if (cut <= 0 || cut === ref.length - 1)
    throw new InputError(`mention "${ref}" is not <document>/<local id> (e.g. caucasus-emirate/org-ce)`, {
      where: 'mention',
    });
  return { documentId: ref.slice(0, cut), localId: ref.slice(cut + 1) };
}

/**
 * The `<document>/<local id>` form of a mention.
 *
 * @example
 * mentionKey({ documentId: 'caucasus-emirate', localId: 'org-ce' }) // 'caucasus-emirate/org-ce'
 */
export const mentionKey = (m: MentionRef): string => `${m.documentId}/${m.localId}`;

/**
 * Applies an editor's merge or split of entities: a mention moves with its names and with
 * the entity links of its own document's facts; a merge moves every mention and every
 * link, then removes the emptied entity; a split gives the mention a new entity of its own.
 * Resolution may replace this module; its callers only need these verbs.
 *
 * @example
 * const entities = entityEditor(conn);
 * await entities.merge('org_caucasus-emirate', 'org_imarat-kavkaz', 'editor ana merged it');
 * await entities.split({ documentId: 'caucasus-emirate', localId: 'org-ik' }); // → 'org_imarat-kavkaz'
 */
export function entityEditor(conn: SqlConnection) {
  const kindOf = conn.prepare<[string], { kind: EntityKind }>('select kind from entities where id = ?');
  const mentionsOf = conn.prepare<[string], { document_id: string; local_id: string; name: string }>(
    `select m.document_id, m.local_id, m.name from entity_mentions m join documents d on d.id = m.document_id
     where m.entity_id = ? order by d.ingested_at, d.id`,
  );
  const mention = conn.prepare<[string, string], { entity_id: string; name: string }>(
    'select entity_id, name from entity_mentions where document_id = ? and local_id = ?',
  );
  const moveMention = conn.prepare<[string, string | null, string, string]>(
    'update entity_mentions set entity_id = ?, merge_reason = ? where document_id = ? and local_id = ?',
  );
  const moveNames = conn.prepare<[string, string, string]>(
    'update names set entity_id = ? where entity_id = ? and document_id = ?',
  );
  const relinkDocument = [
    'update relations set subject_id = ? where subject_id = ? and document_id = ?',
    'update relations set object_id = ? where object_id = ? and document_id = ?',
    `update event_perpetrators set entity_id = ? where entity_id = ?
       and event_id in (select id from events where document_id = ?)`,
  ].map((s) => conn.prepare<[to: string, from: string, document: string]>(s));
  // An emptied entity's id keeps resolving, to the entity its last mention joined.
  const relinkAll = [
    'update relations set subject_id = ? where subject_id = ?',
    'update relations set object_id = ? where object_id = ?',
    'update event_perpetrators set entity_id = ? where entity_id = ?',
    'update entity_redirects set entity_id = ? where entity_id = ?',
    'insert into entity_redirects (entity_id, id) values (?, ?)',
  ].map((s) => conn.prepare<[to: string, from: string]>(s));
  const moveDisplayName = displayNameMover(conn);
  const dropEntity = conn.prepare<[string]>('delete from entities where id = ?');
  const resolution = entityResolver(conn);

  const kind = async (id: string): Promise<EntityKind> => {
    const row = await kindOf.get(id);
    if (!row) throw new NotFoundError(`no entity with id "${id}"; look it up with 'chronicle search NAME'`);
    return row.kind;
  };
  const entityOf = async (m: MentionRef) => {
    const row = await mention.get(m.documentId, m.localId);
    if (!row) throw new NotFoundError(`no entity mention "${mentionKey(m)}" (document/local id) in the store`);
    return row;
  };
  /** Moves a mention, its names and its document's links to `to`; an entity left empty merges into `to`. */
  const move = async (m: MentionRef, to: string, reason: string | null): Promise<string> => {
    const from = (await entityOf(m)).entity_id;
    if (from === to) return from;
    await moveMention.run(to, reason, m.documentId, m.localId);
    await moveNames.run(to, from, m.documentId);
    for (const s of relinkDocument) await s.run(to, from, m.documentId);
    // The last mention gone, the entity is the mention's: every fact linked to it follows.
    if ((await mentionsOf.all(from)).length === 0) {
      for (const s of relinkAll) await s.run(to, from);
      await moveDisplayName(to, from);
      await dropEntity.run(from);
    }
    // Resolution matches later documents by the keys of what each entity now holds.
    await resolution.rekey([from, to]);
    return from;
  };

  return {
    kind,
    entityOf,
    /** The entity's mentions, earliest document first. */
    mentions: async (id: string): Promise<MentionRef[]> =>
      (await mentionsOf.all(id)).map((m) => ({ documentId: m.document_id, localId: m.local_id })),
    move,
    /** Every mention of `from` joins `into`, and every fact linked to `from` follows. */
    async merge(into: string, from: string, reason: string): Promise<void> {
      if (into === from) throw new InputError(`cannot merge entity ${into} with itself`, { where: 'from' });
      const [a, b] = [await kind(into), await kind(from)];
      if (a !== b) throw new InputError(`cannot merge ${b} ${from} into ${a} ${into}: they are different kinds`);
      for (const m of await mentionsOf.all(from))
        await move({ documentId: m.document_id, localId: m.local_id }, into, reason);
    },
    /** The mention leaves its entity for a new one named as the mention names it; returns the new id. */
    async split(m: MentionRef): Promise<string> {
      const { entity_id: from, name } = await entityOf(m);
      if ((await mentionsOf.all(from)).length < 2)
        throw new InputError(`cannot split: ${mentionKey(m)} is the only mention of ${from}`, { where: 'mention' });
      const entityId = await resolution.create(await kind(from), name);
      await move(m, entityId, null);
      return entityId;
    },
  };
}
