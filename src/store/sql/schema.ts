import type { Generated } from 'kysely';

/**
 * The knowledge base's tables as kysely sees them: one interface per table, the column
 * types as stored. Lists (roles, citations) are JSON text; every fact points at an
 * `evidence` row of its document.
 *
 * @example
 * const db = new Kysely<KbDatabase>({ dialect });
 * await db.selectFrom('events').select(['id', 'date']).execute();
 */
export interface KbDatabase {
  schema_migrations: SchemaMigrationTable;
  documents: DocumentTable;
  evidence: EvidenceTable;
  sources: SourceTable;
  entities: EntityTable;
  entity_mentions: EntityMentionTable;
  entity_display_names: EntityDisplayNameTable;
  names: NameTable;
  relations: RelationTable;
  events: EventTable;
  event_perpetrators: EventPerpetratorTable;
  event_targets: EventTagTable;
  event_weapons: EventTagTable;
  event_sources: EventSourceTable;
  event_location_aliases: EventLocationAliasTable;
  incidents: IncidentTable;
  fact_reviews: FactReviewTable;
  fact_edits: FactEditTable;
  review_links: ReviewLinkTable;
  review_conflicts: ReviewConflictTable;
  audit_log: AuditLogTable;
  entity_keys: EntityKeyTable;
  entity_redirects: EntityRedirectTable;
  event_place_keys: EventPlaceKeyTable;
  event_facet_counts: EventFacetCountTable;
  event_place_facet_counts: EventPlaceFacetCountTable;
  event_year_facet_counts: EventYearFacetCountTable;
}

/** The schema versions applied, one row per migration step. */
export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: string;
}

/** An ingested document: the text its evidence offsets refer to, and its content hash. */
export interface DocumentTable {
  id: string;
  title: string | null;
  path: string | null;
  format: string;
  content_hash: string;
  text: string;
  chars: number;
  ingested_at: string;
}

/** A span of a document: `text === documents.text.slice(start, end)`. Id: `<document>@<start>-<end>`. */
export interface EvidenceTable {
  id: string;
  document_id: string;
  start: number;
  end: number;
  text: string;
}

/** A parsed reference of a document (`^"Title". Publisher. 23 June 2015.`), id `<document>#<label>`. */
export interface SourceTable {
  id: string;
  document_id: string;
  label: string;
  title: string | null;
  publisher: string | null;
  work: string | null;
  date: string | null;
  accessed: string | null;
  quote: string | null;
  url: string | null;
  evidence_id: string | null;
}

/** An organization or a person across documents; its names and attributes hang off it. */
export interface EntityTable {
  id: string;
  kind: string;
}

/** The name an editor chose to show an entity by, in place of its first mention's. */
export interface EntityDisplayNameTable {
  entity_id: string;
  name: string;
}

/** What one document says about one entity; an entity lives as long as one mention does. */
export interface EntityMentionTable {
  entity_id: string;
  document_id: string;
  /** The entity's id inside the extraction (`org-iscp`). */
  local_id: string;
  name: string;
  parent: string | null;
  founded: string | null;
  dissolved: string | null;
  status: string | null;
  region: string | null;
  roles: string;
  /** Why this mention joined an entity of an earlier document; null when it created the entity. */
  merge_reason: string | null;
  evidence_id: string | null;
}

/** One name of an entity as one document gives it, with the keys it is matched by. */
export interface NameTable {
  id: number;
  entity_id: string;
  document_id: string;
  text: string;
  normalized: string;
  ascii_key: string;
  lang: string | null;
  script: string | null;
  romanized_from: string | null;
  evidence_id: string | null;
  review_status: Generated<string>;
  /** Stable across re-ingest (`nam_<document>_<local id>_<hash>`), unlike `id`; migration 7. */
  fact_id: string | null;
}

/** A time-bounded relation; `*_id` is set where the name resolves to an entity. */
export interface RelationTable {
  id: string;
  document_id: string;
  type: string;
  subject_name: string;
  subject_key: string;
  subject_id: string | null;
  object_name: string;
  object_key: string;
  object_id: string | null;
  start: string | null;
  end: string | null;
  start_day: string | null;
  end_day: string | null;
  citations: string;
  evidence_id: string;
  review_status: Generated<string>;
}

/** An event with its EDTF date and the day bounds derived from it, counts as min/max. */
export interface EventTable {
  id: string;
  document_id: string;
  date: string;
  date_start: string | null;
  date_end: string | null;
  date_precision: string;
  category: string;
  subtype: string;
  summary: string;
  location_name: string;
  location_admin1: string | null;
  location_country: string;
  location_precision: string;
  lat: number | null;
  lon: number | null;
  killed_min: number | null;
  killed_max: number | null;
  killed_perpetrators_min: number | null;
  killed_perpetrators_max: number | null;
  injured_min: number | null;
  injured_max: number | null;
  attribution: string;
  citation_needed: number;
  evidence_id: string;
  /** The report representing this event's incident: its own id unless another document's report does. */
  incident_id: string;
  review_status: Generated<string>;
}

/** A perpetrator of an event by the name the text uses, linked where it resolves. */
export interface EventPerpetratorTable {
  event_id: string;
  position: number;
  name: string;
  name_key: string;
  entity_id: string | null;
}

/** A GTD target or weapon type of an event, in the order given. */
export interface EventTagTable {
  event_id: string;
  position: number;
  value: string;
}

/** A citation of an event, resolved to the document's source by label when there is one. */
export interface EventSourceTable {
  event_id: string;
  position: number;
  label: string;
  source_id: string | null;
}

/** Another name of an event's place (a spelling, a transliteration), in the order given. */
export interface EventLocationAliasTable {
  event_id: string;
  position: number;
  alias: string;
}

/** One incident, keyed by its representative report: the combined bounds of all its reports. */
export interface IncidentTable {
  id: string;
  date_start: string | null;
  date_end: string | null;
  killed_min: number | null;
  killed_max: number | null;
  injured_min: number | null;
  injured_max: number | null;
  report_count: number;
  document_count: number;
}

/** The review status an editor gave a fact; facts without a row are as extracted. */
export interface FactReviewTable {
  fact_kind: string;
  fact_id: string;
  status: string;
}

/** A field an editor corrected: the value now (JSON) and the value before the edit (JSON). */
export interface FactEditTable {
  fact_kind: string;
  fact_id: string;
  field: string;
  value: string;
  before: string;
}

/** An editor's decision that two entity mentions or two event reports are the same or different. */
export interface ReviewLinkTable {
  fact_kind: string;
  a: string;
  b: string;
  link: string;
}

/** A re-extracted value that disagrees with an editor's edit: shown, not applied. */
export interface ReviewConflictTable {
  fact_kind: string;
  fact_id: string;
  field: string;
  extracted: string;
  edited: string;
  document_id: string;
  detected_at: string;
}

/** One change to the knowledge base, append-only: who, when, what before and after, why. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  fact_kind: string;
  fact_id: string;
  before: string | null;
  after: string | null;
  reason: string | null;
}

/** A match key of one entity, by kind (`name`, `abbreviation`, `single`, `surname`, `qualified`), with the first document giving it. */
export interface EntityKeyTable {
  key: string;
  entity_kind: string;
  kind: string;
  entity_id: string;
  document_id: string;
}

/** An entity id merged into another: `id` keeps resolving to `entity_id`. */
export interface EntityRedirectTable {
  id: string;
  entity_id: string;
}

/** A place key of one event report, shared by the reports that may describe the same incident. */
export interface EventPlaceKeyTable {
  event_id: string;
  key: string;
}

/** How many listed events have a facet value, per review status and category; kept by triggers. */
export interface EventFacetCountTable {
  facet: string;
  value: string;
  review_status: string;
  category: string;
  n: number;
}

/** Migration 11 (SQLite): the facet counts of one admin-1 region or country, its name in lower case. */
export interface EventPlaceFacetCountTable extends EventFacetCountTable {
  place_kind: 'admin1' | 'country';
  place: string;
}

/** Migration 11 (SQLite): the facet counts of the events that start and end in one year. */
export interface EventYearFacetCountTable extends EventFacetCountTable {
  year: string;
}
