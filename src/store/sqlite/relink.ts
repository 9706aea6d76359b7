import type Database from 'better-sqlite3';

/**
 * Links relation ends and event perpetrators that name an entity to its id, where a name
 * resolves: first among the names of the fact's own document, then among all names. Runs
 * after every ingest, so a fact whose entity arrives with a later document (or whose
 * entity was removed and lives on elsewhere) is linked then.
 *
 * @example
 * const relink = relinker(raw);
 * relink(); // inside the ingest transaction
 */
export function relinker(raw: Database.Database): () => void {
  const resolve = (key: string, document: string) => `coalesce(
      (select n.entity_id from names n where n.normalized = ${key} and n.document_id = ${document} order by n.id limit 1),
      (select n.entity_id from names n where n.normalized = ${key} order by n.id limit 1))`;
  const statements = [
    raw.prepare(
      `update relations set subject_id = ${resolve('relations.subject_key', 'relations.document_id')} where subject_id is null`,
    ),
    raw.prepare(
      `update relations set object_id = ${resolve('relations.object_key', 'relations.document_id')} where object_id is null`,
    ),
    raw.prepare(
      `update event_perpetrators set entity_id = ${resolve(
        'event_perpetrators.name_key',
        '(select e.document_id from events e where e.id = event_perpetrators.event_id)',
      )} where entity_id is null`,
    ),
  ];
  return () => {
    for (const statement of statements) statement.run();
  };
}
