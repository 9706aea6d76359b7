import { createHash } from 'node:crypto';
import { asciiKey, InputError, normalizeName, type Extraction } from '../../model/index.js';
import type { ReviewChange } from '../../model/review.js';
import type { IngestInput, IngestResult } from '../store.js';
import type { SqlConnection } from './connection.js';
import { entityEditor } from './review-entities.js';
import { nameFactId } from './review-fact-ids.js';
import { rowInserter } from './row-inserter.js';

/** A change that adds a fact by hand. */
export type AddChange = Extract<ReviewChange, { action: 'add' }>;

/**
 * Lands a hand-added fact like an extracted one: the editor's statement becomes a document
 * of format `note` (id from a hash of the fact and statement, so the same addition twice is
 * refused), and the fact its extraction, its evidence the whole statement. An event or a
 * relation goes through the ingest; a name joins the entity it names, by a mention of the note.
 *
 * @example
 * const addByHand = handAdder(conn, ingest);
 * await addByHand({ action: 'add', kind: 'name', source: 'Obituary, 2014.', fact: { entity: 'per_dokka-umarov', text: 'Доку Умаров' } }, 'ana')
 * // { factId: 'nam_note-…_name-1_…', documentId: 'note-…' }
 */
export function handAdder(conn: SqlConnection, ingest: (input: IngestInput) => Promise<IngestResult>) {
  const entities = entityEditor(conn);
  const put = rowInserter(conn);
  const nextNameId = conn.prepare<[], { next: number | string }>('select coalesce(max(id), 0) + 1 as next from names');

  /** Lands the editor's statement as a `note` document; its whole text is the fact's evidence. */
  const note = async (change: AddChange, actor: string, extraction: Omit<Extraction, 'document'>) => {
    const text = change.source;
    const id = `note-${createHash('sha256')
      .update(JSON.stringify([change.kind, change.fact, text]))
      .digest('hex')
      .slice(0, 12)}`;
    const result = await ingest({
      document: {
        id,
        title: `Note by ${actor}`,
        format: 'note',
        text,
        contentHash: createHash('sha256').update(text).digest('hex'),
      },
      extraction: { document: { id }, ...extraction },
    });
    if (result.status !== 'added')
      throw new InputError(`this ${change.kind} was already added by hand with the same statement (document ${id})`);
    return { id, evidence: { text, start: 0, end: text.length } };
  };

  return async (change: AddChange, actor: string): Promise<{ factId: string; documentId: string }> => {
    const empty = { organizations: [], people: [], relations: [], events: [], sources: [] };
    let factId: string;
    let documentId: string;
    if (change.kind === 'event') {
      const evidence = { text: change.source, start: 0, end: change.source.length };
      documentId = (
        await note(change, actor, {
          ...empty,
          events: [{ ...change.fact, id: 'ev-1', evidence, citations: [] }],
        })
      ).id;
      factId = `evt_${documentId}_ev-1`;
    } else if (change.kind === 'relation') {
      const evidence = { text: change.source, start: 0, end: change.source.length };
      documentId = (await note(change, actor, { ...empty, relations: [{ ...change.fact, id: '1', evidence }] })).id;
      factId = `rel_${documentId}_1`;
    } else {
      const { entity, ...name } = change.fact;
      await entities.kind(entity);
      const doc = await note(change, actor, empty);
      documentId = doc.id;
      factId = nameFactId(documentId, 'name-1', name.text);
      const evidenceId = `${documentId}@0-${doc.evidence.end}`;
      await put('evidence', { id: evidenceId, document_id: documentId, ...doc.evidence });
      await put('entity_mentions', {
        entity_id: entity,
        document_id: documentId,
        local_id: 'name-1',
        name: name.text,
        parent: null,
        founded: null,
        dissolved: null,
        status: null,
        region: null,
        roles: '[]',
        merge_reason: `an editor (${actor}) added the name "${name.text}"`,
        evidence_id: evidenceId,
      });
      await put('names', {
        id: Number((await nextNameId.get())?.next ?? 1),
        entity_id: entity,
        document_id: documentId,
        text: name.text,
        normalized: normalizeName(name.text),
        ascii_key: asciiKey(name.text),
        lang: name.lang ?? null,
        script: name.script ?? null,
        romanized_from: name.romanized_from ?? null,
        evidence_id: evidenceId,
        fact_id: factId,
      });
    }
    return { factId, documentId };
  };
}
