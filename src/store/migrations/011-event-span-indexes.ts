import { sql, type Kysely } from 'kysely';
import { spansYears } from '../sql/event-spans.js';
import type { Migration } from './migration.js';

/**
 * Two partial indexes that keep filtered event lists to a short index read at a million events.
 *
 * - `events_spanning`: the events that may span calendar years (see `spansYears`), by list
 *   order. A date filter from D reads every other event by seeking the list order from D's
 *   year, and these few apart, instead of every event before D.
 * - `events_merged_reports`: the reports that are not their incident's representative. A group
 *   filter reaches an incident through any report; most reports represent themselves, so the
 *   few others are looked up here instead of every report's row.
 *
 * @example
 * await eventSpanIndexes.up(db);
 * // select id from events where (date_start is null or …) and coalesce(date_start, '') < '2016-01-01'
 */
export const eventSpanIndexes: Migration = {
  version: 11,
  name: 'spanning events and merged reports indexes',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema
      .createIndex('events_spanning')
      .on('events')
      .expression(sql`coalesce(date_start, ''), id`)
      .where(spansYears())
      .execute();
    await db.schema
      .createIndex('events_merged_reports')
      .on('events')
      .columns(['id', 'incident_id'])
      .where(sql.ref('incident_id'), '<>', sql.ref('id'))
      .execute();
  },
};
