import type { Kysely } from 'kysely';
import type { Migration } from './migration.js';

/**
 * Entity mentions by entity and document: resolution asks, for every candidate, whether a
 * document already mentions the entity and whether two entities share a document. With the
 * entity index alone each answer scanned every mention of the entity, so a group named by
 * every document cost more with each document ingested.
 *
 * @example
 * await mentionDocumentIndex.up(db);
 * // select 1 from entity_mentions where entity_id = 'org_caucasus-emirate' and document_id = 'a' → one index probe
 */
export const mentionDocumentIndex: Migration = {
  version: 9,
  name: 'entity mentions by entity and document',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema
      .createIndex('entity_mentions_entity_document')
      .on('entity_mentions')
      .columns(['entity_id', 'document_id'])
      .execute();
  },
};
