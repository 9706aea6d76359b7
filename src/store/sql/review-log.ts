import type { AuditEntry, AuditedKind, ReviewAction, ReviewConflict, ReviewedFactKind } from '../../model/review.js';
import { InputError } from '../../model/errors.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { AuditFilter, ConflictFilter, Page, PageQuery } from '../store.js';
import type { SqlConnection } from './connection.js';
import type { KbDatabase } from './schema.js';

// PostgreSQL hands a bigint id back as a string.
type AuditRow = Omit<KbDatabase['audit_log'], 'id'> & { id: number | string };
type ConflictRow = KbDatabase['review_conflicts'];

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/**
 * An audit row as the API and the CLI show it, its JSON read.
 *
 * @example
 * auditEntry(row).before // { killed: 40 }
 */
export const auditEntry = (r: AuditRow): AuditEntry => ({
  id: Number(r.id),
  at: r.at,
  actor: r.actor,
  action: r.action as ReviewAction,
  kind: r.fact_kind as AuditedKind,
  factId: r.fact_id,
  before: parse(r.before),
  after: parse(r.after),
  reason: r.reason,
});

/**
 * A conflict row as the API and the CLI show it, its JSON read.
 *
 * @example
 * reviewConflict(row) // { kind: 'event', field: 'killed', extracted: 39, edited: 41, … }
 */
export const reviewConflict = (r: ConflictRow): ReviewConflict => ({
  kind: r.fact_kind as ReviewedFactKind,
  factId: r.fact_id,
  field: r.field,
  extracted: parse(r.extracted),
  edited: parse(r.edited),
  documentId: r.document_id,
  detectedAt: r.detected_at,
});

/** A page query whose limit may be left out: then the page is the whole record. */
type Paging = Omit<PageQuery, 'limit'> & { limit?: number };

/** The page of `rows` read one beyond `limit`, with the cursor of its last row when more follow. */
function pageOfRows<R, T>(
  rows: R[],
  limit: number | undefined,
  item: (row: R) => T,
  cursor: (row: R) => string,
): Page<T> {
  const page = limit === undefined ? rows : rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(item),
    next: limit !== undefined && rows.length > limit && last !== undefined ? cursor(last) : null,
  };
}

/**
 * Reads the review record, a page at a time by keyset or whole when the limit is left out: the
 * audit log oldest first (cursor sort `id`), the conflicts by the time they were detected, then
 * fact and field (cursor sort `detected`). A filter left out matches everything.
 *
 * @example
 * const log = reviewLogReader(conn);
 * const first = await log.audit({ kind: 'event', limit: 50 });
 * const second = await log.audit({ kind: 'event', limit: 50, cursor: first.next! });
 * (await log.audit({ factId: 'evt_a_ev-01' })).items.map((e) => e.action) // ['edit', 'accept']
 */
export function reviewLogReader(conn: SqlConnection) {
  const { db } = conn;
  return {
    audit: async ({ kind, factId, cursor, limit }: AuditFilter & Paging): Promise<Page<AuditEntry>> => {
      const after = cursor === undefined ? null : decodeCursor(cursor, 'id');
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .$if(kind !== undefined, (q) => q.where('fact_kind', '=', kind!))
        .$if(factId !== undefined, (q) => q.where('fact_id', '=', factId!))
        .$if(after !== null, (q) => q.where('id', '>', Number(after!.key)))
        .orderBy('id')
        .$if(limit !== undefined, (q) => q.limit(limit! + 1))
        .execute();
      return pageOfRows(rows, limit, auditEntry, (r) => encodeCursor({ sort: 'id', key: r.id, id: String(r.id) }));
    },
    conflicts: async ({
      kind,
      factId,
      documentId,
      cursor,
      limit,
    }: ConflictFilter & Paging): Promise<Page<ReviewConflict>> => {
      const after = cursor === undefined ? null : decodeCursor(cursor, 'detected');
      const rows = await db
        .selectFrom('review_conflicts')
        .selectAll()
        .$if(kind !== undefined, (q) => q.where('fact_kind', '=', kind!))
        .$if(factId !== undefined, (q) => q.where('fact_id', '=', factId!))
        .$if(documentId !== undefined, (q) => q.where('document_id', '=', documentId!))
        .$if(after !== null, (q) =>
          q.where((eb) =>
            eb(
              eb.refTuple('detected_at', 'fact_kind', 'fact_id', 'field'),
              '>',
              eb.tuple(String(after!.key), ...conflictKey(after!.id)),
            ),
          ),
        )
        .orderBy('detected_at')
        .orderBy('fact_kind')
        .orderBy('fact_id')
        .orderBy('field')
        .$if(limit !== undefined, (q) => q.limit(limit! + 1))
        .execute();
      return pageOfRows(rows, limit, reviewConflict, (r) =>
        encodeCursor({ sort: 'detected', key: r.detected_at, id: JSON.stringify([r.fact_kind, r.fact_id, r.field]) }),
      );
    },
  };
}

/** The fact kind, fact id and field a conflict cursor's id packs, or an `InputError` for the cursor. */
function conflictKey(id: string): [string, string, string] {
  const parts: unknown = (() => {
    try {
      return JSON.parse(id);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      return null;
    }
  })();
  if (Array.isArray(parts) && parts.length === 3 && parts.every((p) => typeof p === 'string'))
    return parts as [string, string, string];
  throw new InputError('invalid cursor: pass the `next` of a previous page unchanged, or leave it out', {
    where: 'cursor',
  });
}
