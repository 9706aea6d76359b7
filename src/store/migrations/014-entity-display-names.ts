import type { Kysely } from 'kysely';
import type { Migration } from './migration.js';

/**
 * The names editors chose to show entities by. Kept apart from `entities`, whose rows a
 * re-ingest may drop and write anew, so the choice outlives re-ingesting the entity's documents.
 *
 * @example
 * await entityDisplayNames.up(db);
 * // insert into entity_display_names (entity_id, name) values ('org_imarat-kavkaz', 'Caucasus Emirate')
 */
export const entityDisplayNames: Migration = {
  version: 14,
  name: 'entity display names chosen by editors',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('entity_display_names')
      .addColumn('entity_id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .execute();
  },
};
