import { sql, type Kysely } from 'kysely';
import { REVIEW_STATUSES } from '../../model/index.js';
import type { Migration } from './migration.js';

/** The tables whose rows are facts an editor reviews. */
const REVIEWED = ['events', 'relations', 'names'] as const;

/**
 * Two steps toward one knowledge base from many documents.
 *
 * - Incidents: every event row is one document's report. `events.incident_id` names the
 *   report that represents the incident (its own id when no other document reports it),
 *   and `incidents` holds one row per incident, keyed by that representative, with the
 *   combined date bounds and figures of all its reports, so lists, filters and sorts read
 *   one row per incident.
 * - Review: `review_status` on every reviewed fact, from the codebook's list.
 *
 * @example
 * await incidentsAndReview.up(db);
 * // select e.*, i.killed_min, i.killed_max from events e join incidents i on i.id = e.id
 */
export const incidentsAndReview: Migration = {
  version: 4,
  name: 'incidents and review status',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema.alterTable('events').addColumn('incident_id', 'text').execute();
    await sql`update events set incident_id = id`.execute(db);
    await db.schema.createIndex('events_incident').on('events').column('incident_id').execute();

    for (const table of REVIEWED) {
      await db.schema
        .alterTable(table)
        .addColumn('review_status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('extracted')
            .check(sql`review_status in (${sql.join(REVIEW_STATUSES.map((s) => sql.lit(s)))})`),
        )
        .execute();
    }

    await db.schema
      .createTable('incidents')
      .addColumn('id', 'text', (c) => c.primaryKey().references('events.id').onDelete('cascade'))
      .addColumn('date_start', 'text')
      .addColumn('date_end', 'text')
      .addColumn('killed_min', 'integer')
      .addColumn('killed_max', 'integer')
      .addColumn('injured_min', 'integer')
      .addColumn('injured_max', 'integer')
      .addColumn('report_count', 'integer', (c) => c.notNull())
      .addColumn('document_count', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('incidents_dates').on('incidents').columns(['date_start', 'date_end']).execute();
    await sql`insert into incidents (id, date_start, date_end, killed_min, killed_max, injured_min, injured_max, report_count, document_count)
      select id, date_start, date_end, killed_min, killed_max, injured_min, injured_max, 1, 1 from events`.execute(db);
  },
};
