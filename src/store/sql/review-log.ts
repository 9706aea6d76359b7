import type Database from 'better-sqlite3';
import type { AuditEntry, AuditedKind, ReviewAction, ReviewConflict, ReviewedFactKind } from '../../model/review.js';
import type { AuditFilter, ConflictFilter } from '../store.js';
import type { KbDatabase } from './schema.js';

type AuditRow = KbDatabase['audit_log'] & { id: number };
type ConflictRow = KbDatabase['review_conflicts'];

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/**
 * An audit row as the API and the CLI show it, its JSON read.
 *
 * @example
 * auditEntry(row).before // { killed: 40 }
 */
export const auditEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
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
 * const log = sqliteReviewLog(raw);
 * log.audit({ kind: 'event', factId: 'evt_a_ev-01' }).map((e) => e.action) // ['edit', 'accept']
 */
export function sqliteReviewLog(raw: Database.Database) {
  const audit = raw.prepare<{ kind: string | null; id: string | null }, AuditRow>(
    `select * from audit_log where (@kind is null or fact_kind = @kind) and (@id is null or fact_id = @id) order by id`,
  );
  const conflicts = raw.prepare<{ kind: string | null; id: string | null; doc: string | null }, ConflictRow>(
    `select * from review_conflicts
     where (@kind is null or fact_kind = @kind) and (@id is null or fact_id = @id) and (@doc is null or document_id = @doc)
     order by document_id, fact_id, field`,
  );
  return {
    audit: (filter: AuditFilter = {}): AuditEntry[] =>
      audit.all({ kind: filter.kind ?? null, id: filter.factId ?? null }).map(auditEntry),
    conflicts: (filter: ConflictFilter = {}): ReviewConflict[] =>
      conflicts
        .all({ kind: filter.kind ?? null, id: filter.factId ?? null, doc: filter.documentId ?? null })
        .map(reviewConflict),
  };
}
