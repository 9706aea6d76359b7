import type Database from 'better-sqlite3';
import { StoreError } from '../../model/index.js';

/**
 * Merges stored entities into one: the survivor is the entity with the most mentions (ties:
 * the smaller id); every row naming another of them (mentions, names, relation ends, event
 * perpetrators, earlier redirects) moves to the survivor, and each merged id redirects to it
 * so links made before keep resolving. Mentions that joined a merged entity without a reason
 * (they created it) get `reason`, so every automatic merge says why.
 *
 * @example
 * const merge = entityMerger(raw);
 * merge(['org_kbk', 'org_vilayat-kbk'], 'merged: document d names both') // 'org_vilayat-kbk'
 */
export function entityMerger(raw: Database.Database): (ids: string[], reason: string) => string {
  const mentionCount = raw.prepare<[string], { n: number }>(
    'select count(*) as n from entity_mentions where entity_id = ?',
  );
  const moves = [
    'update entity_mentions set merge_reason = coalesce(merge_reason, @reason), entity_id = @to where entity_id = @from',
    'update names set entity_id = @to where entity_id = @from',
    'update relations set subject_id = @to where subject_id = @from',
    'update relations set object_id = @to where object_id = @from',
    'update event_perpetrators set entity_id = @to where entity_id = @from',
    'update or ignore entity_keys set entity_id = @to where entity_id = @from',
    'update entity_redirects set entity_id = @to where entity_id = @from',
    'insert into entity_redirects (id, entity_id) values (@from, @to)',
    'delete from entities where id = @from',
  ].map((statement) => raw.prepare<{ from: string; to: string; reason: string }>(statement));

  return (ids, reason) => {
    const ranked = [...new Set(ids)]
      .map((id) => ({ id, mentions: mentionCount.get(id)?.n ?? 0 }))
      .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    const [survivor, ...merged] = ranked;
    if (!survivor) throw new StoreError('entity merge: no entity ids given', { where: 'entity_redirects' });
    for (const { id } of merged) {
      for (const move of moves) move.run({ from: id, to: survivor.id, reason });
    }
    return survivor.id;
  };
}
