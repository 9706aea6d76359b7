import type Database from 'better-sqlite3';

/**
 * Takes surname-only mentions (`Khalilov`) back out of the people they joined once their
 * surname fits several people: resolution joins a bare surname to the one person known to
 * carry it, and when a second person with that surname arrives the join is no longer
 * justified. Each such mention becomes its own entity again (its names, the relation ends
 * and perpetrators of its document that named it follow), exactly as if the second person
 * had been known first — so the result does not depend on ingest order.
 *
 * @example
 * const split = surnameSplitter(raw, newId);
 * split('khalilov', 'person'); // after "Rappani Khalilov" joined a store knowing "Khalil Khalilov"
 */
export function surnameSplitter(
  raw: Database.Database,
  newId: (name: string) => string,
): (surname: string) => string[] {
  const people = raw.prepare<[string], { entity_id: string }>(
    `select entity_id from entity_keys where key = ? and entity_kind = 'person' and kind = 'surname'`,
  );
  // From the bare-surname names (few), not from every name of the person (one per document).
  const bareSurnames = raw.prepare<[string, string], { document_id: string }>(
    `select distinct n.document_id from names n where n.ascii_key = ? and n.entity_id = ?
       and not exists (select 1 from names f where f.entity_id = n.entity_id and f.document_id = n.document_id
                       and f.ascii_key like '% %')`,
  );
  const mention = raw.prepare<[string, string], { local_id: string; name: string }>(
    'select local_id, name from entity_mentions where entity_id = ? and document_id = ?',
  );
  const insertEntity = raw.prepare<[string]>(`insert into entities (id, kind) values (?, 'person')`);
  const moves = [
    'update entity_mentions set entity_id = @to, merge_reason = null where entity_id = @from and document_id = @document',
    'update names set entity_id = @to where entity_id = @from and document_id = @document',
    `update relations set subject_id = @to where subject_id = @from and document_id = @document
       and subject_key in (select normalized from names where entity_id = @to)`,
    `update relations set object_id = @to where object_id = @from and document_id = @document
       and object_key in (select normalized from names where entity_id = @to)`,
    `update event_perpetrators set entity_id = @to where entity_id = @from
       and event_id in (select id from events where document_id = @document)
       and name_key in (select normalized from names where entity_id = @to)`,
  ].map((sql) => raw.prepare<{ from: string; to: string; document: string }>(sql));

  return (surname) => {
    const carriers = people.all(surname).map((r) => r.entity_id);
    if (carriers.length < 2) return [];
    const split: string[] = [];
    for (const from of carriers) {
      for (const { document_id: document } of bareSurnames.all(surname, from)) {
        const detached = mention.get(from, document);
        if (!detached) continue;
        const to = newId(detached.name);
        insertEntity.run(to);
        for (const move of moves) move.run({ from, to, document });
        split.push(from, to);
      }
    }
    return split;
  };
}
