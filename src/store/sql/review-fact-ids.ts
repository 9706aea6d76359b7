import { createHash } from 'node:crypto';
import type { Event, Relation } from '../../model/index.js';
import { normalizeName } from '../../model/index.js';
import type { SqlConnection } from './connection.js';

/**
 * A name's stable fact id: the document, the entity's id in that document's extraction, and
 * a short hash of the text (two spellings can share a key, never a text).
 *
 * @example
 * nameFactId('caucasus-emirate', 'org-ce', 'Imarat Kavkaz') // 'nam_caucasus-emirate_org-ce_3f1c…'
 */
export function nameFactId(documentId: string, localId: string, text: string): string {
  const hash = createHash('sha256').update(`${localId}\n${text}`).digest('hex').slice(0, 10);
  return `nam_${documentId}_${localId}_${hash}`;
}

interface StoredEvent {
  id: string;
  evidence: string;
  date: string;
  category: string;
  place: string;
}

interface StoredRelation {
  id: string;
  evidence: string;
  type: string;
  subject_key: string;
  object_key: string;
}

/** The ids a document's events and relations take, in extraction order. */
export interface FactIds {
  events: string[];
  relations: string[];
  /** Every fact the document had before, so review can tell which ones the new extraction lost. */
  previous: { kind: 'event' | 'relation' | 'name'; id: string }[];
}

/**
 * Reads a document's event and relation ids before a re-ingest drops them, and hands
 * the new facts that match an old one its id, so reviews and edits keep pointing at the
 * same facts. An event matches by its evidence text, else by date, category and place; a
 * relation by its evidence text, type and ends, else by type and ends. Each old id is
 * given once; a new fact whose usual id an old one now holds gets a suffix.
 *
 * @example
 * (await factIdKeeper(conn)('vilayat-dagestan-brief', extraction)).events[0] // 'evt_vilayat-dagestan-brief_ev-01'
 */
export function factIdKeeper(conn: SqlConnection) {
  const oldEvents = conn.prepare<[string], StoredEvent>(
    `select e.id, ev.text as evidence, e.date, e.category, e.location_name as place
     from events e join evidence ev on ev.id = e.evidence_id where e.document_id = ? order by e.id`,
  );
  const oldNames = conn.prepare<[string], { id: string }>(
    'select fact_id as id from names where document_id = ? and fact_id is not null',
  );
  const oldRelations = conn.prepare<[string], StoredRelation>(
    `select r.id, ev.text as evidence, r.type, r.subject_key, r.object_key
     from relations r join evidence ev on ev.id = r.evidence_id where r.document_id = ? order by r.id`,
  );

  return async (documentId: string, extraction: { events: Event[]; relations: Relation[] }): Promise<FactIds> => {
    const events = await oldEvents.all(documentId);
    const relations = await oldRelations.all(documentId);
    const names = await oldNames.all(documentId);
    const given = new Set<string>();
    // Test by test over all facts, so a loose match never takes an id a strict one would keep.
    const match = <F, T extends { id: string }>(facts: F[], pool: T[], tests: ((fact: F, old: T) => boolean)[]) => {
      const ids: (string | null)[] = facts.map(() => null);
      for (const test of tests) {
        facts.forEach((fact, i) => {
          if (ids[i] !== null) return;
          const hit = pool.find((old) => !given.has(old.id) && test(fact, old));
          if (hit) {
            given.add(hit.id);
            ids[i] = hit.id;
          }
        });
      }
      return ids;
    };
    const sameEvent = (e: Event, old: StoredEvent) =>
      old.date === e.date && old.category === e.category && old.place === e.location.name;
    const sameText = (fact: Event | Relation, old: { evidence: string }) => old.evidence === fact.evidence.text;
    // One sentence can report several events: evidence and key together first.
    const eventIds = match(extraction.events, events, [
      (e, old) => sameText(e, old) && sameEvent(e, old),
      sameText,
      sameEvent,
    ]);
    const sameEnds = (r: Relation, old: StoredRelation) =>
      old.type === r.type && old.subject_key === normalizeName(r.subject) && old.object_key === normalizeName(r.object);
    const relationIds = match(extraction.relations, relations, [
      (r, old) => sameText(r, old) && sameEnds(r, old),
      sameEnds,
    ]);
    // Matches are settled for every fact first, so a fresh id never takes an id kept by a later match.
    const fresh = (base: string) => {
      let id = base;
      for (let n = 2; given.has(id); n += 1) id = `${base}-${n}`;
      given.add(id);
      return id;
    };
    return {
      events: extraction.events.map((e, i) => eventIds[i] ?? fresh(`evt_${documentId}_${e.id}`)),
      relations: extraction.relations.map((r, i) => relationIds[i] ?? fresh(`rel_${documentId}_${r.id ?? i + 1}`)),
      previous: [
        ...events.map((e) => ({ kind: 'event' as const, id: e.id })),
        ...relations.map((r) => ({ kind: 'relation' as const, id: r.id })),
        ...names.map((n) => ({ kind: 'name' as const, id: n.id })),
      ],
    };
  };
}
