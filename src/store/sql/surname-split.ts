import type { SqlConnection } from './connection.js';

/**
 * Takes surname-only mentions (`Khalilov`) back out of the people they joined once their
 * surname fits several people: resolution joins a bare surname to the one person known to
 * carry it, and when a second person with that surname arrives the join is no longer
 * justified. Each such mention becomes its own entity again (its names, the relation ends
 * and perpetrators of its document that named it follow), exactly as if the second person
 * had been known first — so the result does not depend on ingest order.
 *
 * @example
 * const split = surnameSplitter(conn, newId);
 * await split('khalilov'); // after "Rappani Khalilov" joined a store knowing "Khalil Khalilov"
 */
export function surnameSplitter(
  conn: SqlConnection,
  newId: (name: string) => Promise<string>,
): (surname: string) => Promise<string[]> {
  const people = conn.prepare<[string], { entity_id: string }>(
    `select entity_id from entity_keys where key = ? and entity_kind = 'person' and kind = 'surname'`,
  );
  // From the bare-surname names (few), not from every name of the person (one per document).
  const bareSurnames = conn.prepare<[string, string], { document_id: string }>(
    `select distinct n.document_id from names n where n.ascii_key = ? and n.entity_id = ?
       and not exists (select 1 from names f where f.entity_id = n.entity_id and f.document_id = n.document_id
                       and f.ascii_key like '% %')`,
  );
  const mention = conn.prepare<[string, string], { local_id: string; name: string }>(
    'select local_id, name from entity_mentions where entity_id = ? and document_id = ?',
  );
  const insertEntity = conn.prepare<[string]>(`insert into entities (id, kind) values (?, 'person')`);
  // Each move takes the entity left, the new one and the document.
  const ofDocument = (sql: string) => {
    const statement = conn.prepare<[to: string, from: string, document: string]>(sql);
    return (from: string, to: string, document: string) => statement.run(to, from, document);
  };
  // Only the links that name one of the moved names follow them.
  const namedBy = (sql: string) => {
    const statement = conn.prepare<[to: string, from: string, document: string, to: string]>(sql);
    return (from: string, to: string, document: string) => statement.run(to, from, document, to);
  };
  const moves = [
    ofDocument('update entity_mentions set entity_id = ?, merge_reason = null where entity_id = ? and document_id = ?'),
    ofDocument('update names set entity_id = ? where entity_id = ? and document_id = ?'),
    namedBy(`update relations set subject_id = ? where subject_id = ? and document_id = ?
       and subject_key in (select normalized from names where entity_id = ?)`),
    namedBy(`update relations set object_id = ? where object_id = ? and document_id = ?
       and object_key in (select normalized from names where entity_id = ?)`),
    namedBy(`update event_perpetrators set entity_id = ? where entity_id = ?
       and event_id in (select id from events where document_id = ?)
       and name_key in (select normalized from names where entity_id = ?)`),
  ];

  return async (surname) => {
    const carriers = (await people.all(surname)).map((r) => r.entity_id);
    if (carriers.length < 2) return [];
    const split: string[] = [];
    for (const from of carriers) {
      for (const { document_id: document } of await bareSurnames.all(surname, from)) {
        const detached = await mention.get(from, document);
        if (!detached) continue;
        const to = await newId(detached.name);
        await insertEntity.run(to);
        for (const move of moves) await move(from, to, document);
        split.push(from, to);
      }
    }
    return split;
  };
}
