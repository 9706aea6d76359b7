import type { Kysely } from 'kysely';
import type { Migration } from './migration.js';

/**
 * The other names an event's place goes by (`Groznyy`, `Грозный` for Grozny), one row each
 * in the order extraction gives them, so a place can be found by any spelling. Coordinates
 * needed no step: `events.lat` and `events.lon` exist since version 1.
 *
 * @example
 * await eventLocationAliases.up(db);
 * // select alias from event_location_aliases where event_id = 'evt_a_ev-01' order by position
 */
export const eventLocationAliases: Migration = {
  version: 3,
  name: 'event location aliases',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('event_location_aliases')
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('alias', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_location_aliases_pk', ['event_id', 'position'])
      .execute();
  },
};
