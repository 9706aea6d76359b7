import type { DocumentRecord, SourceRecord } from '../store.js';
import type { SqlConnection } from './connection.js';
import type { KbDatabase } from './schema.js';

/**
 * Reads documents and their parsed reference lists.
 *
 * @example
 * const docs = documentReader(conn);
 * (await docs.hash('islamic-state-caucasus-province')) // 'sha256 hex…' or null
 */
export function documentReader({ db }: SqlConnection) {
  const columns = ['id', 'title', 'path', 'format', 'content_hash', 'ingested_at', 'chars'] as const;
  const record = (row: Pick<KbDatabase['documents'], (typeof columns)[number]>): DocumentRecord => ({
    id: row.id,
    title: row.title,
    path: row.path,
    format: row.format,
    contentHash: row.content_hash,
    ingestedAt: row.ingested_at,
    chars: row.chars,
  });

  return {
    async list(): Promise<DocumentRecord[]> {
      const rows = await db.selectFrom('documents').select(columns).orderBy('id').execute();
      return rows.map(record);
    },
    async get(id: string): Promise<(DocumentRecord & { text: string }) | null> {
      const row = await db
        .selectFrom('documents')
        .select([...columns, 'text'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? { ...record(row), text: row.text } : null;
    },
    async hash(id: string): Promise<string | null> {
      const row = await db.selectFrom('documents').select('content_hash').where('id', '=', id).executeTakeFirst();
      return row?.content_hash ?? null;
    },
    async sources(documentId?: string): Promise<SourceRecord[]> {
      const rows = await db
        .selectFrom('sources')
        .leftJoin('evidence', 'evidence.id', 'sources.evidence_id')
        .selectAll('sources')
        .select(['evidence.text as ev_text', 'evidence.start as ev_start', 'evidence.end as ev_end'])
        .$if(documentId !== undefined, (q) => q.where('sources.document_id', '=', documentId as string))
        .orderBy('sources.document_id')
        .execute();
      // Labels are mostly numbers: "2" comes before "10".
      rows.sort(
        (a, b) => a.document_id.localeCompare(b.document_id) || a.label.localeCompare(b.label, 'en', { numeric: true }),
      );
      return rows.map((r) => {
        const source: SourceRecord = { id: r.id, documentId: r.document_id, label: r.label };
        for (const key of ['title', 'publisher', 'work', 'date', 'accessed', 'quote', 'url'] as const) {
          const value = r[key];
          if (value !== null) source[key] = value;
        }
        if (r.ev_text !== null && r.ev_start !== null && r.ev_end !== null) {
          source.evidence = { text: r.ev_text, start: r.ev_start, end: r.ev_end };
        }
        return source;
      });
    },
  };
}
