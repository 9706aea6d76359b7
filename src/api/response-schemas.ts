import { z } from 'zod';
import { CountSchema } from '../model/count.js';
import { EvidenceSchema } from '../model/extraction.js';
import {
  ATTRIBUTIONS,
  ENTITY_KINDS,
  EVENT_CATEGORIES,
  LOCATION_PRECISIONS,
  RELATION_TYPE_NAMES,
  REVIEW_STATUSES,
} from '../model/taxonomy.js';
import { EVENT_FACETS } from '../store/store.js';

// The shapes the API answers with, for the OpenAPI document. Handlers check their bodies against
// them with `satisfies`, so a record that drifts from its schema fails the typecheck.

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/** A page of a list: its items and the URL of the next page (null on the last). */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ limit: z.number().int(), next: z.string().nullable(), items: z.array(item) });

export const DocumentSchema = z.object({
  id: z.string(),
  title: nullable(z.string()),
  path: nullable(z.string()),
  format: z.string(),
  contentHash: z.string(),
  ingestedAt: z.string(),
  chars: z.number().int(),
});

export const SourceRecordSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  label: z.string(),
  title: z.string().optional(),
  publisher: z.string().optional(),
  work: z.string().optional(),
  date: z.string().optional(),
  accessed: z.string().optional(),
  quote: z.string().optional(),
  url: z.string().optional(),
  evidence: EvidenceSchema.optional(),
});

export const DocumentWithTextSchema = DocumentSchema.extend({ text: z.string(), sources: z.array(SourceRecordSchema) });

export const EntitySummarySchema = z.object({
  id: z.string(),
  kind: z.enum(ENTITY_KINDS),
  name: z.string(),
  aliases: z.array(z.string()),
  founded: nullable(z.string()),
  dissolved: nullable(z.string()),
  status: nullable(z.string()),
  region: nullable(z.string()),
  roles: z.array(z.string()),
  documentIds: z.array(z.string()),
});

export const NameRecordSchema = z.object({
  text: z.string(),
  normalized: z.string(),
  lang: nullable(z.string()),
  script: nullable(z.string()),
  romanizedFrom: nullable(z.string()),
  documentId: z.string(),
  evidence: nullable(EvidenceSchema),
  reviewStatus: z.enum(REVIEW_STATUSES),
});

export const EntitySchema = EntitySummarySchema.omit({ aliases: true }).extend({
  names: z.array(NameRecordSchema),
  parent: nullable(z.string()),
});

export const RelationRecordSchema = z.object({
  id: z.string(),
  type: z.enum(RELATION_TYPE_NAMES as [string, ...string[]]),
  subjectId: nullable(z.string()),
  subjectName: z.string(),
  objectId: nullable(z.string()),
  objectName: z.string(),
  start: nullable(z.string()),
  end: nullable(z.string()),
  documentId: z.string(),
  evidence: EvidenceSchema,
  citations: z.array(z.string()),
  reviewStatus: z.enum(REVIEW_STATUSES),
});

const report = {
  documentId: z.string(),
  date: z.string(),
  killed: nullable(CountSchema),
  killedPerpetrators: nullable(CountSchema),
  injured: nullable(CountSchema),
  attribution: z.enum(ATTRIBUTIONS),
  evidence: EvidenceSchema,
  citations: z.array(z.string()),
};

export const EventRecordSchema = z.object({
  id: z.string(),
  incidentId: z.string(),
  reviewStatus: z.enum(REVIEW_STATUSES),
  reports: z.array(z.object({ eventId: z.string(), ...report })),
  ...report,
  dateStart: nullable(z.string()),
  dateEnd: nullable(z.string()),
  category: z.enum(EVENT_CATEGORIES),
  subtype: z.string(),
  summary: z.string(),
  location: z.object({
    name: z.string(),
    admin1: nullable(z.string()),
    country: z.string(),
    precision: z.enum(LOCATION_PRECISIONS),
    lat: nullable(z.number()),
    lon: nullable(z.number()),
    aliases: z.array(z.string()),
  }),
  perpetrators: z.array(z.object({ name: z.string(), entityId: nullable(z.string()) })),
  targets: z.array(z.string()),
  weapons: z.array(z.string()),
  citationNeeded: z.boolean(),
});

const facetCounts = z.array(
  z.object({ value: nullable(z.string()), label: z.string().optional(), count: z.number().int() }),
);

export const FacetsSchema = z.record(z.enum(EVENT_FACETS), facetCounts);

export const EventPlacesSchema = z.object({
  places: z.array(
    z.object({
      lat: z.number(),
      lon: z.number(),
      name: z.string(),
      admin1: nullable(z.string()),
      country: z.string(),
      precision: z.enum(LOCATION_PRECISIONS),
      events: z.number().int(),
      categories: z.record(z.enum(EVENT_CATEGORIES), z.number().int()),
      killed: z.number().int(),
    }),
  ),
  elsewhere: z.number().int(),
  unplaced: z.number().int(),
});

const entityRef = z.object({ id: nullable(z.string()), name: z.string() });

export const ProfileSchema = z.object({
  id: z.string(),
  kind: z.enum(ENTITY_KINDS),
  name: z.string(),
  names: z.array(
    z.object({
      lang: nullable(z.string()),
      script: nullable(z.string()),
      names: z.array(
        z.object({ text: z.string(), romanizedFrom: nullable(z.string()), documentIds: z.array(z.string()) }),
      ),
    }),
  ),
  roles: z.array(z.string()),
  parent: nullable(entityRef),
  branches: z.array(entityRef),
  founded: nullable(z.string()),
  dissolved: nullable(z.string()),
  leaders: z.array(
    entityRef.extend({ start: nullable(z.string()), end: nullable(z.string()), documentIds: z.array(z.string()) }),
  ),
  relations: z.array(
    z.object({
      type: z.enum(RELATION_TYPE_NAMES as [string, ...string[]]),
      label: z.string(),
      other: entityRef,
      direction: z.enum(['out', 'in']),
      start: nullable(z.string()),
      end: nullable(z.string()),
      documentIds: z.array(z.string()),
    }),
  ),
  status: z.object({ value: z.enum(['active', 'defunct', 'unknown']), evidence: z.array(z.string()) }),
  sources: z.array(
    z.object({ documentId: z.string(), title: nullable(z.string()), references: z.array(SourceRecordSchema) }),
  ),
  firstAttack: nullable(EventRecordSchema),
  lastAttack: nullable(EventRecordSchema),
  attacksPerYear: z.array(
    z.object({
      year: z.number().int(),
      attacks: z.number().int(),
      killed: nullable(CountSchema),
      injured: nullable(CountSchema),
    }),
  ),
  killed: nullable(CountSchema),
  injured: nullable(CountSchema),
});

/** A GeoJSON FeatureCollection of located events (RFC 7946): points at [lon, lat]. */
export const EventFeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
  next: z.string().nullable(),
});
