import Database from 'better-sqlite3';
import type { Extraction } from '../src/model/extraction.js';

/** A document with its extraction, as the store ingests it. */
export interface BenchRow {
  id: string;
  text: string;
  extraction: Extraction;
}

/**
 * The baseline for ingest: the same documents, entities, names, relations, events and sources
 * written with plain prepared INSERTs into bare tables, one transaction per document, no
 * resolution, indexes or search tables. What the store does beyond this is its overhead.
 *
 * @example
 * rawInserts(join(dir, 'raw.db'), rows); // rows written: 12345
 */
export function rawInserts(path: string, rows: BenchRow[]): number {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT NOT NULL);
    CREATE TABLE entities (id TEXT PRIMARY KEY, document_id TEXT, kind TEXT, name TEXT);
    CREATE TABLE names (entity_id TEXT, text TEXT);
    CREATE TABLE relations (document_id TEXT, type TEXT, subject TEXT, object TEXT, body TEXT);
    CREATE TABLE events (id TEXT PRIMARY KEY, document_id TEXT, date TEXT, body TEXT);
    CREATE TABLE sources (document_id TEXT, label TEXT, body TEXT);
  `);
  const insert = {
    document: db.prepare('INSERT INTO documents VALUES (?, ?)'),
    entity: db.prepare('INSERT INTO entities VALUES (?, ?, ?, ?)'),
    name: db.prepare('INSERT INTO names VALUES (?, ?)'),
    relation: db.prepare('INSERT INTO relations VALUES (?, ?, ?, ?, ?)'),
    event: db.prepare('INSERT INTO events VALUES (?, ?, ?, ?)'),
    source: db.prepare('INSERT INTO sources VALUES (?, ?, ?)'),
  };
  let written = 0;
  const one = db.transaction((row: BenchRow) => {
    const x = row.extraction;
    insert.document.run(row.id, row.text);
    for (const [kind, list] of [
      ['organization', x.organizations],
      ['person', x.people],
    ] as const) {
      for (const entity of list) {
        const id = `${row.id}/${entity.id}`;
        insert.entity.run(id, row.id, kind, entity.name);
        for (const alias of entity.aliases) insert.name.run(id, alias);
        written += 1 + entity.aliases.length;
      }
    }
    for (const r of x.relations) insert.relation.run(row.id, r.type, r.subject, r.object, JSON.stringify(r));
    for (const e of x.events) insert.event.run(`${row.id}/${e.id}`, row.id, e.date, JSON.stringify(e));
    for (const s of x.sources) insert.source.run(row.id, s.label, JSON.stringify(s));
    written += 1 + x.relations.length + x.events.length + x.sources.length;
  });
  for (const row of rows) one(row);
  db.close();
  return written;
}
