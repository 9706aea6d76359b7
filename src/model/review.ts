import { z } from 'zod';
import { CountSchema } from './count.js';
import { EdtfSchema } from './edtf.js';
import { InputError } from './errors.js';
import { EventSchema, EvidenceSchema, LocationSchema, NameSchema, RelationSchema } from './extraction.js';
import { EVENT_SUBTYPES, REVIEW_STATUSES, type EventCategory } from './taxonomy.js';

/**
 * Human review as data: the facts an editor can judge, the fields an edit may change, and
 * the one union of changes the store applies (`store.review(change, actor)`). The CLI and
 * the API parse their input with `ReviewChangeSchema`, so every door checks the same rules.
 *
 * @example
 * ReviewChangeSchema.parse({ action: 'edit', kind: 'event', id: 'evt_a_ev-01', set: { killed: 7 } })
 */

/** Facts that carry a review status of their own. */
export const REVIEWED_FACT_KINDS = ['event', 'relation', 'name'] as const;
export type ReviewedFactKind = (typeof REVIEWED_FACT_KINDS)[number];

/** Everything the audit log can be about: facts, and the groupings editors merge and split. */
export const AUDITED_KINDS = [...REVIEWED_FACT_KINDS, 'entity', 'incident'] as const;
export type AuditedKind = (typeof AUDITED_KINDS)[number];

/** The things an editor can do, as the audit log names them. */
export const REVIEW_ACTIONS = ['accept', 'reject', 'edit', 'merge', 'split', 'add'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

const event = EventSchema.shape;
const place = LocationSchema.shape;
const relation = RelationSchema.shape;

/** Every editable field of an event (place fields dotted), with the codebook schema of its value. */
export const EVENT_EDIT_FIELDS = {
  date: event.date,
  category: event.category,
  subtype: event.subtype,
  summary: event.summary,
  'location.name': place.name,
  'location.admin1': place.admin1.unwrap().nullable(),
  'location.country': place.country,
  'location.precision': place.precision,
  'location.lat': place.lat.unwrap().nullable(),
  'location.lon': place.lon.unwrap().nullable(),
  killed: CountSchema.nullable(),
  killed_perpetrators: CountSchema.nullable(),
  injured: CountSchema.nullable(),
  attribution: event.attribution,
  perpetrators: event.perpetrators,
  targets: event.targets,
  weapons: event.weapons,
} as const;

/** Every editable field of a relation; an open end is null. */
export const RELATION_EDIT_FIELDS = {
  type: relation.type,
  subject: relation.subject,
  object: relation.object,
  start: EdtfSchema.nullable(),
  end: EdtfSchema.nullable(),
} as const;

/** What an editor may set on an entity: the name it is shown by; null goes back to its first mention's. */
export const ENTITY_EDIT_FIELDS = {
  name: z.string().trim().min(1).nullable(),
} as const;

export type EventFields = { -readonly [K in keyof typeof EVENT_EDIT_FIELDS]: z.output<(typeof EVENT_EDIT_FIELDS)[K]> };
export type RelationFields = {
  -readonly [K in keyof typeof RELATION_EDIT_FIELDS]: z.output<(typeof RELATION_EDIT_FIELDS)[K]>;
};
export type EventField = keyof EventFields;
export type RelationField = keyof RelationFields;

/** A set of field values: at least one field, none unknown. */
const fieldSet = <S extends Record<string, z.ZodType>>(fields: S) =>
  z
    .strictObject(
      Object.fromEntries(Object.entries(fields).map(([k, s]) => [k, s.optional()])) as {
        [K in keyof S]: z.ZodOptional<S[K]>;
      },
    )
    .refine((set) => Object.keys(set).length > 0, 'name at least one field to change');

/**
 * Whether an event's subtype belongs to its category (codebook §5); an edit is checked on
 * the event as it would be after the edit.
 *
 * @example
 * subtypeFitsCategory('attack', 'raid') // false
 */
export function subtypeFitsCategory(category: EventCategory, subtype: string): boolean {
  return (EVENT_SUBTYPES[category] as readonly string[]).includes(subtype);
}

const id = z.string().trim().min(1);
const reason = z.string().trim().min(1).optional();
/** The editor's statement a hand-added fact rests on; it becomes a `note` document. */
const statement = z.string().trim().min(1);

const judge = <A extends 'accept' | 'reject'>(action: A) =>
  z.strictObject({ action: z.literal(action), kind: z.enum(REVIEWED_FACT_KINDS), id, reason });

// What a note supplies (id, evidence, citations) or only gold and extractor output carry.
const {
  id: _id,
  evidence: _evidence,
  citations: _citations,
  optional: _optional,
  explanation: _explanation,
  ...addedEvent
} = event;

/** A hand-added event: the extraction's fields without those the note supplies. */
export const AddedEventSchema = z.strictObject(addedEvent).refine((e) => subtypeFitsCategory(e.category, e.subtype), {
  message: 'subtype is not one of its category',
  path: ['subtype'],
});
export const AddedRelationSchema = RelationSchema.omit({
  id: true,
  evidence: true,
  citations: true,
  optional: true,
  explanation: true,
}).strict();
/** A hand-added name of an existing entity. */
export const AddedNameSchema = NameSchema.omit({ evidence: true, optional: true }).extend({ entity: id }).strict();

/** One change an editor makes. The audit log records it whole, with who, when and why. */
export const ReviewChangeSchema = z.discriminatedUnion('action', [
  judge('accept'),
  judge('reject'),
  z.discriminatedUnion('kind', [
    z.strictObject({
      action: z.literal('edit'),
      kind: z.literal('event'),
      id,
      set: fieldSet(EVENT_EDIT_FIELDS),
      reason,
    }),
    z.strictObject({
      action: z.literal('edit'),
      kind: z.literal('relation'),
      id,
      set: fieldSet(RELATION_EDIT_FIELDS),
      reason,
    }),
    z.strictObject({
      action: z.literal('edit'),
      kind: z.literal('entity'),
      id,
      set: fieldSet(ENTITY_EDIT_FIELDS),
      reason,
    }),
  ]),
  // `from` joins `into`; `into` keeps its id.
  z.strictObject({ action: z.literal('merge'), kind: z.enum(['entity', 'incident']), into: id, from: id, reason }),
  z.discriminatedUnion('kind', [
    // `mention` is `<document>/<local id>`: that document's mention leaves the entity.
    z.strictObject({ action: z.literal('split'), kind: z.literal('entity'), id, mention: id, reason }),
    // `id` is the report (event id) that leaves its incident.
    z.strictObject({ action: z.literal('split'), kind: z.literal('incident'), id, reason }),
  ]),
  z.discriminatedUnion('kind', [
    z.strictObject({
      action: z.literal('add'),
      kind: z.literal('event'),
      source: statement,
      fact: AddedEventSchema,
      reason,
    }),
    z.strictObject({
      action: z.literal('add'),
      kind: z.literal('relation'),
      source: statement,
      fact: AddedRelationSchema,
      reason,
    }),
    z.strictObject({
      action: z.literal('add'),
      kind: z.literal('name'),
      source: statement,
      fact: AddedNameSchema,
      reason,
    }),
  ]),
]);
export type ReviewChange = z.infer<typeof ReviewChangeSchema>;

/** One row of the append-only audit log. `before` and `after` are the fact's values around the change. */
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(REVIEW_ACTIONS),
  kind: z.enum(AUDITED_KINDS),
  factId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/**
 * A re-extracted value that disagrees with an editor's edit: the edit stays, the conflict is
 * shown. Field `fact` is a reviewed fact the new extraction no longer has: `extracted` is
 * null and `edited` the status the editor gave it.
 */
export const ReviewConflictSchema = z.object({
  kind: z.enum(REVIEWED_FACT_KINDS),
  factId: z.string(),
  field: z.string(),
  extracted: z.unknown(),
  edited: z.unknown(),
  documentId: z.string(),
  detectedAt: z.string(),
});
export type ReviewConflict = z.infer<typeof ReviewConflictSchema>;

/** A field an editor corrected: the value now and the extracted value it replaced. */
export const FactEditSchema = z.object({ field: z.string(), value: z.unknown(), before: z.unknown() });
export type FactEdit = z.infer<typeof FactEditSchema>;

/** A footnote label of a fact and the parsed reference it points at (null when the document lists none). */
export const CitedSourceSchema = z.object({
  label: z.string(),
  source: z
    .object({
      title: z.string().nullable(),
      publisher: z.string().nullable(),
      date: z.string().nullable(),
      url: z.string().nullable(),
    })
    .nullable(),
});
export type CitedSource = z.infer<typeof CitedSourceSchema>;

/** One document's report of a fact, with everything a reader needs to check it. */
export const ReportProvenanceSchema = z.object({
  factId: z.string(),
  document: z.object({ id: z.string(), title: z.string().nullable(), path: z.string().nullable(), format: z.string() }),
  evidence: EvidenceSchema,
  citations: z.array(CitedSourceSchema),
  reviewStatus: z.enum(REVIEW_STATUSES),
  edits: z.array(FactEditSchema),
  conflicts: z.array(ReviewConflictSchema),
  audit: z.array(AuditEntrySchema),
});
export type ReportProvenance = z.infer<typeof ReportProvenanceSchema>;

/** The chain behind an event (every report of its incident, the representative first) or a relation. */
export const ProvenanceSchema = z.object({
  kind: z.enum(['event', 'relation']),
  /** The id asked about. */
  id: z.string(),
  /** The incident's representative report; null for a relation. */
  incidentId: z.string().nullable(),
  reports: z.array(ReportProvenanceSchema),
  /** Merges and splits of the incident (events only). */
  audit: z.array(AuditEntrySchema),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * Reads a review change from outside (a request body, CLI flags), or throws an `InputError`
 * that names the field at fault and what it expected.
 *
 * @example
 * parseReviewChange({ action: 'edit', kind: 'event', id: 'evt_a_ev-01', set: { killed: -1 } })
 * // InputError: set.killed: Invalid input …
 */
export function parseReviewChange(input: unknown): ReviewChange {
  const parsed = ReviewChangeSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  const where = issue.path.join('.') || 'change';
  throw new InputError(`review change: ${where}: ${issue.message}`, { where, cause: parsed.error });
}
