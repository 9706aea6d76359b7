import { z } from 'zod';
import { CountSchema } from './count.js';
import { EdtfSchema } from './edtf.js';
import {
  ATTRIBUTIONS,
  EVENT_CATEGORIES,
  EVENT_SUBTYPES,
  LOCATION_PRECISIONS,
  RELATION_TYPE_NAMES,
  TARGET_TYPES,
  WEAPON_TYPES,
} from './taxonomy.js';

/**
 * The extraction JSON of the codebook: what one document yields. Extractor output,
 * gold files, the store's input and the API's bodies all use these schemas.
 *
 * @example
 * ExtractionSchema.parse(JSON.parse(fs.readFileSync('gold.json', 'utf8')))
 */

const text = z.string().min(1);

/** Where a fact stands in the document's text: `text === doc.slice(start, end)`. */
export const EvidenceSchema = z.object({
  text,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** How a fact was produced: the pipeline stage and rule, and how sure it is (0–1). */
export const ExplanationSchema = z.object({
  stage: text,
  rule: text,
  confidence: z.number().min(0).max(1),
});
export type Explanation = z.infer<typeof ExplanationSchema>;

const extras = {
  /** Gold only: matching this item neither helps nor hurts the score. */
  optional: z.boolean().optional(),
  /** Extractor only: which stage and rule produced this fact. */
  explanation: ExplanationSchema.optional(),
};

export const NameSchema = z.object({
  text,
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
    .optional(),
  script: z
    .string()
    .regex(/^[A-Z][a-z]{3}$/)
    .optional(),
  romanized_from: z.string().optional(),
  optional: z.boolean().optional(),
  evidence: EvidenceSchema.optional(),
});
export type Name = z.infer<typeof NameSchema>;

export const OrganizationSchema = z.object({
  id: text,
  name: text,
  aliases: z.array(z.string()),
  names: z.array(NameSchema).optional(),
  parent: z.string().optional(),
  founded: EdtfSchema.optional(),
  dissolved: EdtfSchema.optional(),
  status: z.string().optional(),
  region: z.string().optional(),
  evidence: EvidenceSchema.optional(),
  ...extras,
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const PersonSchema = z.object({
  id: text,
  name: text,
  aliases: z.array(z.string()),
  roles: z.array(z.string()).optional(),
  evidence: EvidenceSchema.optional(),
  ...extras,
});
export type Person = z.infer<typeof PersonSchema>;

export const RelationSchema = z.object({
  id: z.string().optional(),
  type: z.enum(RELATION_TYPE_NAMES as [string, ...string[]]),
  subject: text,
  object: text,
  start: EdtfSchema.optional(),
  end: EdtfSchema.optional(),
  evidence: EvidenceSchema,
  citations: z.array(z.string()).optional(),
  ...extras,
});
export type Relation = z.infer<typeof RelationSchema>;

export const LocationSchema = z.object({
  name: text,
  admin1: z.string().optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'),
  precision: z.enum(LOCATION_PRECISIONS),
  aliases: z.array(z.string()).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});
export type Location = z.infer<typeof LocationSchema>;

export const EventSchema = z
  .object({
    id: text,
    date: EdtfSchema,
    category: z.enum(EVENT_CATEGORIES),
    subtype: z.string(),
    summary: z.string(),
    location: LocationSchema,
    killed: CountSchema.optional(),
    killed_perpetrators: CountSchema.optional(),
    injured: CountSchema.optional(),
    perpetrators: z.array(z.string()),
    attribution: z.enum(ATTRIBUTIONS),
    targets: z.array(z.enum(TARGET_TYPES)),
    weapons: z.array(z.enum(WEAPON_TYPES)),
    evidence: EvidenceSchema,
    citations: z.array(z.string()),
    citation_needed: z.boolean().optional(),
    ...extras,
  })
  .refine((e) => (EVENT_SUBTYPES[e.category] as readonly string[]).includes(e.subtype), {
    message: 'subtype is not one of its category',
    path: ['subtype'],
  });
export type Event = z.infer<typeof EventSchema>;

export const SourceSchema = z.object({
  label: text,
  title: z.string().optional(),
  publisher: z.string().optional(),
  work: z.string().optional(),
  date: EdtfSchema.optional(),
  accessed: EdtfSchema.optional(),
  quote: z.string().optional(),
  url: z.string().optional(),
  evidence: EvidenceSchema.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const DocumentInfoSchema = z.object({
  id: text,
  title: z.string().optional(),
  text_file: z.string().optional(),
  content_hash: z.string().optional(),
});
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

export const ExtractionSchema = z.object({
  document: DocumentInfoSchema,
  organizations: z.array(OrganizationSchema),
  people: z.array(PersonSchema),
  relations: z.array(RelationSchema),
  events: z.array(EventSchema),
  sources: z.array(SourceSchema),
  /** Doubtful but usable readings, for a person to check. */
  warnings: z.array(z.string()).optional(),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
