import type { AuditEntry, AuditedKind, ReviewAction, ReviewConflict, ReviewedFactKind } from '../../model/review.js';
import type { AuditFilter, ConflictFilter } from '../store.js';
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

/**
 * Reads the review record: the audit log, oldest first, and the open conflicts. A filter
 * left out matches everything.
 *
 * @example
 * const log = reviewLogReader(conn);
 * (await log.audit({ kind: 'event', factId: 'evt_a_ev-01' })).map((e) => e.action) // ['edit', 'accept']
 */
export function reviewLogReader(conn: SqlConnection) {
  const { db } = conn;
  return {
    audit: async (filter: AuditFilter = {}): Promise<AuditEntry[]> => {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .$if(filter.kind !== undefined, (q) => q.where('fact_kind', '=', filter.kind as string))
        .$if(filter.factId !== undefined, (q) => q.where('fact_id', '=', filter.factId as string))
        .orderBy('id')
        .execute();
      return rows.map(auditEntry);
    },
    conflicts: async (filter: ConflictFilter = {}): Promise<ReviewConflict[]> => {
      const rows = await db
        .selectFrom('review_conflicts')
        .selectAll()
        .$if(filter.kind !== undefined, (q) => q.where('fact_kind', '=', filter.kind as string))
        .$if(filter.factId !== undefined, (q) => q.where('fact_id', '=', filter.factId as string))
        .$if(filter.documentId !== undefined, (q) => q.where('document_id', '=', filter.documentId as string))
        .orderBy('document_id')
        .orderBy('fact_id')
        .orderBy('field')
        .execute();
      return rows.map(reviewConflict);
    },
  };
}
