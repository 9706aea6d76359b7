import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration.js';

/**
 * The durable record of human review, kept apart from extracted rows so re-ingesting a
 * document (which replaces its rows) never loses a decision:
 *
 * - `fact_reviews`: the status an editor gave a fact (accepted, rejected, edited);
 * - `fact_edits`: a field an editor corrected, with the value before the edit;
 * - `review_links`: an editor's "same" / "different" between two entity mentions
 *   (`<document>/<local id>`) or two event reports, which resolution obeys;
 * - `review_conflicts`: a re-extracted value that disagrees with an edit, shown not applied;
 * - `audit_log`: every change, append-only (who, when, before, after, why).
 *
 * @example
 * await reviewLog.up(db);
 */
export const reviewLog: Migration = {
  version: 5,
  name: 'review log',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('fact_reviews')
      .addColumn('fact_kind', 'text', (c) => c.notNull())
      .addColumn('fact_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('fact_reviews_pk', ['fact_kind', 'fact_id'])
      .execute();

    await db.schema
      .createTable('fact_edits')
      .addColumn('fact_kind', 'text', (c) => c.notNull())
      .addColumn('fact_id', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('before', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('fact_edits_pk', ['fact_kind', 'fact_id', 'field'])
      .execute();

    await db.schema
      .createTable('review_links')
      .addColumn('fact_kind', 'text', (c) => c.notNull())
      .addColumn('a', 'text', (c) => c.notNull())
      .addColumn('b', 'text', (c) => c.notNull())
      .addColumn('link', 'text', (c) => c.notNull().check(sql`link in ('same', 'different')`))
      .addPrimaryKeyConstraint('review_links_pk', ['fact_kind', 'a', 'b'])
      .execute();

    await db.schema
      .createTable('review_conflicts')
      .addColumn('fact_kind', 'text', (c) => c.notNull())
      .addColumn('fact_id', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('extracted', 'text', (c) => c.notNull())
      .addColumn('edited', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull())
      .addColumn('detected_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('review_conflicts_pk', ['fact_kind', 'fact_id', 'field'])
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('fact_kind', 'text', (c) => c.notNull())
      .addColumn('fact_id', 'text', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .addColumn('reason', 'text')
      .execute();
    await db.schema.createIndex('audit_log_fact').on('audit_log').columns(['fact_kind', 'fact_id']).execute();
  },
};
