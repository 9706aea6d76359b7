import { StoreError } from '../../model/index.js';
import type { SqlConnection } from './connection.js';
import { displayNameMover } from './entity-display-names.js';

/**
 * Merges stored entities into one: the survivor is the entity with the most mentions (ties:
 * the smaller id); every row naming another of them (mentions, names, relation ends, event
 * perpetrators, match keys, a name an editor chose, earlier redirects) moves to the survivor,
 * and each merged id redirects to it so links made before keep resolving. Mentions that joined a merged entity
 * without a reason (they created it) get `reason`, so every automatic merge says why.
 *
 * @example
 * const merge = entityMerger(conn);
 * await merge(['org_kbk', 'org_vilayat-kbk'], 'merged: document d names both') // 'org_vilayat-kbk'
 */
export function entityMerger(conn: SqlConnection): (ids: string[], reason: string) => Promise<string> {
  const mentionCount = conn.prepare<[string], { n: number | string }>(
    'select count(*) as n from entity_mentions where entity_id = ?',
  );
  const reasonFor = conn.prepare<[string, string, string]>(
    'update entity_mentions set merge_reason = coalesce(merge_reason, ?), entity_id = ? where entity_id = ?',
  );
  const moves = [
    'update names set entity_id = ? where entity_id = ?',
    'update relations set subject_id = ? where subject_id = ?',
    'update relations set object_id = ? where object_id = ?',
    'update event_perpetrators set entity_id = ? where entity_id = ?',
    // A key both entities hold stays once, on the survivor; the merged entity's copy goes with it.
    // (The cast gives PostgreSQL the type of a parameter it would otherwise have to guess.)
    `insert into entity_keys (key, entity_kind, kind, entity_id, document_id)
     select key, entity_kind, kind, cast(? as text), document_id from entity_keys where entity_id = ? on conflict do nothing`,
    'update entity_redirects set entity_id = ? where entity_id = ?',
    'insert into entity_redirects (entity_id, id) values (?, ?)',
  ].map((statement) => conn.prepare<[to: string, from: string]>(statement));
  const moveDisplayName = displayNameMover(conn);
  const drop = conn.prepare<[string]>('delete from entities where id = ?');

  return async (ids, reason) => {
    const ranked: { id: string; mentions: number }[] = [];
    for (const id of new Set(ids)) ranked.push({ id, mentions: Number((await mentionCount.get(id))?.n ?? 0) });
    ranked.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    const [survivor, ...merged] = ranked;
    if (!survivor) throw new StoreError('entity merge: no entity ids given', { where: 'entity_redirects' });
    for (const { id } of merged) {
      await reasonFor.run(reason, survivor.id, id);
      for (const move of moves) await move.run(survivor.id, id);
      await moveDisplayName(survivor.id, id);
      // Its own copies of the keys go with it (they cascade).
      await drop.run(id);
    }
    return survivor.id;
  };
}
