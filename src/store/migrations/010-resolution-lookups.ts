import type { Kysely } from 'kysely';
import type { Migration } from './migration.js';

/**
 * Indexes shaped like the questions resolution asks of every candidate, so an answer is one
 * index probe however many documents name the entity:
 *
 * - an entity's parents and founding dates (`entity_keys` by entity and kind), not a scan of
 *   every key the entity gathered;
 * - a name in one document (`names` by normalized form and document), for relinking;
 * - the documents where an entity carries a name (`names` by ASCII key and entity), for
 *   splitting people who share a surname.
 *
 * @example
 * await resolutionLookups.up(db);
 * // select kind, key from entity_keys where entity_id = 'org_ik' and kind in ('parent', 'founded') → one range
 */
export const resolutionLookups: Migration = {
  version: 10,
  name: 'resolution lookups by entity and kind, by name and document',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema.dropIndex('entity_keys_entity').execute();
    await db.schema
      .createIndex('entity_keys_entity_kind')
      .on('entity_keys')
      .columns(['entity_id', 'kind', 'key'])
      .execute();
    await db.schema
      .createIndex('names_normalized_document')
      .on('names')
      .columns(['normalized', 'document_id'])
      .execute();
    await db.schema.createIndex('names_ascii_key_entity').on('names').columns(['ascii_key', 'entity_id']).execute();
  },
};
