import type { Kysely } from 'kysely';
import type { Migration } from './migration.js';

/**
 * What cross-document resolution looks things up by, so each ingest touches only the
 * entities and incidents its document can join:
 *
 * - `entity_keys`: the match keys of each entity, one row per key and kind (`name`,
 *   `abbreviation`, `single` for a one-word person name, `surname` for the last word of a
 *   full person name, `qualified` for an organization's name under its parent's), with the
 *   first document that gave it — one row however many documents repeat it, so a lookup
 *   costs the same in a store of ten documents or ten thousand;
 * - `entity_redirects`: the ids of entities merged into another, so old links keep resolving;
 * - indexes on the name keys of relation ends and perpetrators, for relinking;
 * - `event_place_keys`: the place keys of each event report (names, aliases, the admin-1
 *   region it lies in, a coarse grid cell), which candidate reports of one incident share.
 *
 * @example
 * await resolutionKeys.up(db);
 * // select entity_id from entity_redirects where id = 'org_is-2'
 */
export const resolutionKeys: Migration = {
  version: 6,
  name: 'resolution keys and entity redirects',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('entity_keys')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('entity_kind', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
      .addColumn('document_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('entity_keys_pk', ['key', 'entity_kind', 'kind', 'entity_id'])
      .execute();
    await db.schema.createIndex('entity_keys_entity').on('entity_keys').column('entity_id').execute();

    await db.schema
      .createTable('entity_redirects')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
      .execute();
    await db.schema.createIndex('entity_redirects_entity').on('entity_redirects').column('entity_id').execute();

    // Relinking looks unlinked facts up by the names a new document brings.
    await db.schema.createIndex('relations_subject_key').on('relations').column('subject_key').execute();
    await db.schema.createIndex('relations_object_key').on('relations').column('object_key').execute();
    await db.schema.createIndex('event_perpetrators_name_key').on('event_perpetrators').column('name_key').execute();

    await db.schema
      .createTable('event_place_keys')
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_place_keys_pk', ['event_id', 'key'])
      .execute();
    await db.schema.createIndex('event_place_keys_key').on('event_place_keys').column('key').execute();
  },
};
