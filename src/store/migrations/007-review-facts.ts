import { sql, type Kysely } from 'kysely';
import { nameFactId } from '../sql/review-fact-ids.js';
import type { Migration } from './migration.js';

/** Why a change to the audit log is refused, in both dialects' words. */
export const AUDIT_LOG_APPEND_ONLY = 'audit_log is append-only: entries are never changed or removed';

/**
 * `names.fact_id`, filled in for the names already stored and unique: the part of step 7 both
 * dialects share.
 *
 * @example
 * await addNameFactIds(db);
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function addNameFactIds(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('names').addColumn('fact_id', 'text').execute();
  const rows = await sql<{ id: number; document_id: string; local_id: string; text: string }>`
      select n.id, n.document_id, m.local_id, n.text from names n
      join entity_mentions m on m.entity_id = n.entity_id and m.document_id = n.document_id`.execute(db);
  for (const r of rows.rows) {
    await sql`update names set fact_id = ${nameFactId(r.document_id, r.local_id, r.text)} where id = ${r.id}`.execute(
      db,
    );
  }
  await db.schema.createIndex('names_fact').on('names').column('fact_id').unique().execute();
}

/**
 * What review needs beyond migration 5, on SQLite:
 *
 * - `names.fact_id`: a name's stable fact id (`nam_<document>_<local id>_<hash of the text>`),
 *   so a decision about a name survives the re-ingest that renumbers `names.id`;
 * - triggers that make `audit_log` append-only: an update or a delete is refused.
 *
 * PostgreSQL's step 7 adds the same ids and refuses the same changes with a trigger function.
 *
 * @example
 * await reviewFacts.up(db);
 * // update audit_log set actor = 'x' → SQLITE_CONSTRAINT_TRIGGER: audit_log is append-only
 */
export const reviewFacts: Migration = {
  version: 7,
  name: 'review fact ids and append-only audit log',
  dialect: 'sqlite',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await addNameFactIds(db);
    for (const change of ['update', 'delete']) {
      await sql
        .raw(
          `create trigger audit_log_no_${change} before ${change} on audit_log
           begin select raise(abort, '${AUDIT_LOG_APPEND_ONLY}'); end`,
        )
        .execute(db);
    }
  },
};
