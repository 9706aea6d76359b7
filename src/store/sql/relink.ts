import type { SqlConnection } from './connection.js';

/**
 * Links relation ends and event perpetrators that name an entity to its id, where a name
 * resolves: first among the names of the fact's own document, then among all names. Runs
 * after every ingest over the document's own facts and the earlier facts still unlinked
 * that name one of the names it brought, so a fact whose entity arrives with a later
 * document is linked then — and the work per document does not grow with the store.
 *
 * @example
 * const relink = relinker(conn);
 * await relink('vilayat-dagestan-brief'); // inside the ingest transaction
 */
export function relinker(conn: SqlConnection): (documentId: string) => Promise<void> {
  const resolve = (key: string, document: string) => `coalesce(
      (select n.entity_id from names n where n.normalized = ${key} and n.document_id = ${document} order by n.id limit 1),
      (select n.entity_id from names n where n.normalized = ${key} order by n.id limit 1))`;
  const broughtBy = 'select normalized from names where document_id = ?';
  const perpetratorDocument = '(select e.document_id from events e where e.id = event_perpetrators.event_id)';
  // Each statement binds the document once, in its one `?`.
  const statements = [
    ...(['subject', 'object'] as const).flatMap((end) => [
      `update relations set ${end}_id = ${resolve(`relations.${end}_key`, 'relations.document_id')}
       where ${end}_id is null and document_id = ?`,
      `update relations set ${end}_id = ${resolve(`relations.${end}_key`, 'relations.document_id')}
       where ${end}_id is null and ${end}_key in (${broughtBy})`,
    ]),
    `update event_perpetrators set entity_id = ${resolve('event_perpetrators.name_key', perpetratorDocument)}
     where entity_id is null and event_id in (select id from events where document_id = ?)`,
    `update event_perpetrators set entity_id = ${resolve('event_perpetrators.name_key', perpetratorDocument)}
     where entity_id is null and name_key in (${broughtBy})`,
  ].map((sql) => conn.prepare<[string]>(sql));
  return async (documentId) => {
    for (const statement of statements) await statement.run(documentId);
  };
}
