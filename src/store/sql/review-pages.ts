import { InputError } from '../../model/errors.js';
import type { AuditEntry, ReviewConflict } from '../../model/review.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { AuditFilter, ConflictFilter, Page, PageQuery } from '../store.js';
import { auditEntry, reviewConflict } from './review-log.js';
import type { SqlConnection } from './connection.js';

/** The page of `rows` read one beyond `limit`, with the cursor of its last row when more follow. */
function pageOfRows<R, T>(rows: R[], limit: number, item: (row: R) => T, cursor: (row: R) => string): Page<T> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(item), next: rows.length > limit && last !== undefined ? cursor(last) : null };
}

/**
 * The review record a page at a time, read by keyset from the database, never whole: the
 * audit log oldest first (cursor sort `id`), the conflicts by the time they were detected,
 * then fact and field (cursor sort `detected`). A filter left out matches everything.
 *
 * @example
 * const pages = reviewPageReader(conn);
 * const first = await pages.audit({ kind: 'event', limit: 50 });
 * const second = await pages.audit({ kind: 'event', limit: 50, cursor: first.next! });
 */
export function reviewPageReader(conn: SqlConnection) {
  const { db } = conn;
  return {
    audit: async ({ kind, factId, cursor, limit }: AuditFilter & PageQuery): Promise<Page<AuditEntry>> => {
      const after = cursor === undefined ? null : decodeCursor(cursor, 'id');
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .$if(kind !== undefined, (q) => q.where('fact_kind', '=', kind!))
        .$if(factId !== undefined, (q) => q.where('fact_id', '=', factId!))
        .$if(after !== null, (q) => q.where('id', '>', Number(after!.key)))
        .orderBy('id')
        .limit(limit + 1)
        .execute();
      return pageOfRows(
        rows,
        limit,
        (r) => auditEntry(r as Parameters<typeof auditEntry>[0]),
        (r) => encodeCursor({ sort: 'id', key: r.id, id: String(r.id) }),
      );
    },
    conflicts: async ({
      kind,
      factId,
      documentId,
      cursor,
      limit,
    }: ConflictFilter & PageQuery): Promise<Page<ReviewConflict>> => {
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
        .limit(limit + 1)
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
