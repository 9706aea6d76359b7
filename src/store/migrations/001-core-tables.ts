import { sql, type Kysely } from 'kysely';
import {
  ATTRIBUTIONS,
  ENTITY_KINDS,
  EVENT_CATEGORIES,
  EVENT_SUBTYPES,
  LOCATION_PRECISIONS,
  RELATION_TYPE_NAMES,
  TARGET_TYPES,
  WEAPON_TYPES,
} from '../../model/index.js';
import type { Migration } from './migration.js';

/** `column in ('a', 'b')` from a codebook list; DDL takes no parameters, so values are literals. */
const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

/** Each category admits only its own subtypes. */
const subtypeOfCategory = sql.join(
  Object.entries(EVENT_SUBTYPES).map(
    ([category, subtypes]) => sql`(category = ${sql.lit(category)} and ${oneOf('subtype', subtypes)})`,
  ),
  sql` or `,
);

/**
 * The knowledge base's tables, portable across SQLite and PostgreSQL. Every taxonomy
 * CHECK reads `src/model`, so the codebook is the only list.
 *
 * @example
 * await coreTables.up(db);
 */
export const coreTables: Migration = {
  version: 1,
  name: 'core tables',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text')
      .addColumn('path', 'text')
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('chars', 'integer', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('evidence')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addCheckConstraint('evidence_span', sql`"start" >= 0 and "end" >= "start"`)
      .execute();

    await db.schema
      .createTable('sources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('publisher', 'text')
      .addColumn('work', 'text')
      .addColumn('date', 'text')
      .addColumn('accessed', 'text')
      .addColumn('quote', 'text')
      .addColumn('url', 'text')
      .addColumn('evidence_id', 'text', (c) => c.references('evidence.id').onDelete('set null'))
      .addUniqueConstraint('sources_label', ['document_id', 'label'])
      .execute();

    await db.schema
      .createTable('entities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addCheckConstraint('entities_kind', oneOf('kind', ENTITY_KINDS))
      .execute();

    await db.schema
      .createTable('entity_mentions')
      .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('local_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('parent', 'text')
      .addColumn('founded', 'text')
      .addColumn('dissolved', 'text')
      .addColumn('status', 'text')
      .addColumn('region', 'text')
      .addColumn('roles', 'text', (c) => c.notNull())
      .addColumn('merge_reason', 'text')
      .addColumn('evidence_id', 'text', (c) => c.references('evidence.id').onDelete('set null'))
      .addPrimaryKeyConstraint('entity_mentions_pk', ['document_id', 'local_id'])
      .execute();
    await db.schema.createIndex('entity_mentions_entity').on('entity_mentions').column('entity_id').execute();

    await db.schema
      .createTable('names')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('normalized', 'text', (c) => c.notNull())
      .addColumn('ascii_key', 'text', (c) => c.notNull())
      .addColumn('lang', 'text')
      .addColumn('script', 'text')
      .addColumn('romanized_from', 'text')
      .addColumn('evidence_id', 'text', (c) => c.references('evidence.id').onDelete('set null'))
      .execute();
    await db.schema.createIndex('names_entity').on('names').column('entity_id').execute();
    await db.schema.createIndex('names_document').on('names').column('document_id').execute();
    await db.schema.createIndex('names_normalized').on('names').column('normalized').execute();
    await db.schema.createIndex('names_ascii_key').on('names').column('ascii_key').execute();

    await db.schema
      .createTable('relations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('subject_name', 'text', (c) => c.notNull())
      .addColumn('subject_key', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.references('entities.id').onDelete('set null'))
      .addColumn('object_name', 'text', (c) => c.notNull())
      .addColumn('object_key', 'text', (c) => c.notNull())
      .addColumn('object_id', 'text', (c) => c.references('entities.id').onDelete('set null'))
      .addColumn('start', 'text')
      .addColumn('end', 'text')
      .addColumn('start_day', 'text')
      .addColumn('end_day', 'text')
      .addColumn('citations', 'text', (c) => c.notNull())
      .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence.id'))
      .addCheckConstraint('relations_type', oneOf('type', RELATION_TYPE_NAMES))
      .execute();
    await db.schema.createIndex('relations_subject').on('relations').column('subject_id').execute();
    await db.schema.createIndex('relations_object').on('relations').column('object_id').execute();
    await db.schema.createIndex('relations_document').on('relations').column('document_id').execute();

    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('date_start', 'text')
      .addColumn('date_end', 'text')
      .addColumn('date_precision', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('subtype', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('location_name', 'text', (c) => c.notNull())
      .addColumn('location_admin1', 'text')
      .addColumn('location_country', 'text', (c) => c.notNull())
      .addColumn('location_precision', 'text', (c) => c.notNull())
      // PostgreSQL's `real` keeps ~7 significant digits (about a metre); SQLite stores 8 bytes either way.
      .addColumn('lat', 'double precision')
      .addColumn('lon', 'double precision')
      .addColumn('killed_min', 'integer')
      .addColumn('killed_max', 'integer')
      .addColumn('killed_perpetrators_min', 'integer')
      .addColumn('killed_perpetrators_max', 'integer')
      .addColumn('injured_min', 'integer')
      .addColumn('injured_max', 'integer')
      .addColumn('attribution', 'text', (c) => c.notNull())
      .addColumn('citation_needed', 'integer', (c) => c.notNull())
      .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence.id'))
      .addCheckConstraint('events_category', oneOf('category', EVENT_CATEGORIES))
      .addCheckConstraint('events_subtype', subtypeOfCategory)
      .addCheckConstraint('events_attribution', oneOf('attribution', ATTRIBUTIONS))
      .addCheckConstraint('events_location_precision', oneOf('location_precision', LOCATION_PRECISIONS))
      .addCheckConstraint('events_date_precision', oneOf('date_precision', ['day', 'month', 'year']))
      .addCheckConstraint(
        'events_counts',
        sql`killed_min >= 0 and killed_perpetrators_min >= 0 and injured_min >= 0 and killed_max >= killed_min and killed_perpetrators_max >= killed_perpetrators_min and injured_max >= injured_min`,
      )
      .execute();
    await db.schema.createIndex('events_dates').on('events').columns(['date_start', 'date_end']).execute();
    await db.schema.createIndex('events_document').on('events').column('document_id').execute();

    await db.schema
      .createTable('event_perpetrators')
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.references('entities.id').onDelete('set null'))
      .addPrimaryKeyConstraint('event_perpetrators_pk', ['event_id', 'position'])
      .execute();
    await db.schema.createIndex('event_perpetrators_entity').on('event_perpetrators').column('entity_id').execute();

    for (const [table, values] of [
      ['event_targets', TARGET_TYPES],
      ['event_weapons', WEAPON_TYPES],
    ] as const) {
      await db.schema
        .createTable(table)
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint(`${table}_pk`, ['event_id', 'position'])
        .addCheckConstraint(`${table}_value`, oneOf('value', values))
        .execute();
    }

    await db.schema
      .createTable('event_sources')
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.references('sources.id').onDelete('set null'))
      .addPrimaryKeyConstraint('event_sources_pk', ['event_id', 'position'])
      .execute();
  },
};
