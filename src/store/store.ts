import { REVIEW_STATUSES } from '../model/index.js';
import type {
  Attribution,
  Count,
  EntityKind,
  EventCategory,
  Evidence,
  Extraction,
  LocationPrecision,
  RelationType,
  ReviewStatus,
  Source,
} from '../model/index.js';
import type {
  AuditEntry,
  AuditedKind,
  Provenance,
  ReviewChange,
  ReviewConflict,
  ReviewedFactKind,
} from '../model/review.js';

/**
 * The one interface every backend (SQLite now, PostgreSQL later) implements. It persists
 * what extraction yields and answers the questions the CLI, the API and the kb ask.
 * Identifiers are stable strings (`org_…`, `per_…`, `evt_…`).
 *
 * @example
 * const store = await openSqliteStore('data/chronicle.db');
 * await store.ingest({ document: { id: 'a', text, format: 'text', contentHash }, extraction });
 */
export interface Store {
  /** Lands a document and its extraction in one transaction: whole or not at all. */
  ingest(input: IngestInput): Promise<IngestResult>;
  documents(): Promise<DocumentRecord[]>;
  document(id: string): Promise<(DocumentRecord & { text: string }) | null>;
  /** The content hash stored for a document, or null when it is not in the store. */
  documentHash(id: string): Promise<string | null>;
  sources(documentId?: string): Promise<SourceRecord[]>;
  entities(filter?: EntityFilter): Promise<EntityRecord[]>;
  entity(id: string): Promise<EntityRecord | null>;
  /** The automatic merges that made an entity: which document's entity joined it, and why. */
  merges(entityId: string): Promise<EntityMerge[]>;
  relations(filter?: RelationFilter): Promise<RelationRecord[]>;
  events(filter?: EventFilter): Promise<EventRecord[]>;
  /** One page of the event list, sorted on the server, with the cursor of the page after it. */
  eventPage(query: EventPageQuery): Promise<Page<EventRecord>>;
  /** How many listed events each value of each facet has, under the same filters as the list. */
  eventFacets(filter?: EventFilter): Promise<EventFacets>;
  /** The listed events gathered by the place they are drawn at, the busiest first, for a map of any size. */
  eventPlaces(filter?: EventFilter): Promise<EventPlaces>;
  event(id: string): Promise<EventRecord | null>;
  /** What the attacks of any of the entities add up to, counted over all of them. */
  attackSummary(entityIds: readonly string[]): Promise<AttackSummary>;
  /** Candidate names for a search: full-text and normalized-key matches, unranked. */
  searchNames(keys: NameSearchKeys, limit: number): Promise<NameHit[]>;
  /** Applies an editor's change in one transaction and returns its audit entry. */
  review(change: ReviewChange, actor: string): Promise<AuditEntry>;
  /** The audit log, oldest first, optionally about one kind of fact or one fact. */
  auditLog(filter?: AuditFilter): Promise<AuditEntry[]>;
  /** Re-extracted values that disagree with an editor's edits, by the time they were detected. */
  conflicts(filter?: ConflictFilter): Promise<ReviewConflict[]>;
  /** One page of the audit log, oldest first, with the cursor of the page after it. */
  auditPage(query: AuditFilter & PageQuery): Promise<Page<AuditEntry>>;
  /** One page of the conflicts, by the time they were detected, with the cursor of the page after it. */
  conflictPage(query: ConflictFilter & PageQuery): Promise<Page<ReviewConflict>>;
  /** Where an event (every report of its incident) or a relation comes from; null when unknown. */
  provenance(kind: 'event' | 'relation', id: string): Promise<Provenance | null>;
  close(): Promise<void>;
}

export interface IngestInput {
  document: {
    /** Stable id of the document (from its file name). */
    id: string;
    title?: string;
    path?: string;
    format: string;
    text: string;
    contentHash: string;
  };
  extraction: Extraction;
}

export interface IngestResult {
  documentId: string;
  /** `unchanged`: same content hash, nothing written; `replaced`: the document's old facts were swapped. */
  status: 'added' | 'replaced' | 'unchanged';
  added: { organizations: number; people: number; names: number; relations: number; events: number; sources: number };
}

export interface DocumentRecord {
  id: string;
  title: string | null;
  path: string | null;
  format: string;
  contentHash: string;
  ingestedAt: string;
  chars: number;
}

export interface SourceRecord extends Source {
  id: string;
  documentId: string;
}

export interface NameRecord {
  text: string;
  /** The matching key: NFKD, no diacritics, lowercase, punctuation folded. */
  normalized: string;
  lang: string | null;
  script: string | null;
  romanizedFrom: string | null;
  documentId: string;
  evidence: Evidence | null;
  reviewStatus: ReviewStatus;
  /** The id review uses for this name (`nam_<document>_<local id>_<hash>`), stable across re-ingest. */
  factId: string | null;
}

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  names: NameRecord[];
  parent: string | null;
  founded: string | null;
  dissolved: string | null;
  status: string | null;
  region: string | null;
  roles: string[];
  documentIds: string[];
}

/** One document's entity merged into an entity of an earlier document, with the reason. */
export interface EntityMerge {
  documentId: string;
  /** The entity's id inside that document's extraction. */
  localId: string;
  reason: string;
}

export interface EntityFilter {
  kind?: EntityKind;
  documentId?: string;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  subjectId: string | null;
  subjectName: string;
  objectId: string | null;
  objectName: string;
  start: string | null;
  end: string | null;
  documentId: string;
  evidence: Evidence;
  citations: string[];
  reviewStatus: ReviewStatus;
}

export interface RelationFilter {
  entityId?: string;
  type?: RelationType;
}

export interface EventLocation {
  name: string;
  admin1: string | null;
  country: string;
  precision: LocationPrecision;
  /** WGS 84 degrees where the place was geocoded; null when it was not. */
  lat: number | null;
  lon: number | null;
  /** Other names of the place (spellings, transliterations); empty when none were given. */
  aliases: string[];
}

/** What one document reports about an incident: its own date, figures and stance. */
export interface EventReport {
  eventId: string;
  documentId: string;
  date: string;
  killed: Count | null;
  killedPerpetrators: Count | null;
  injured: Count | null;
  attribution: Attribution;
  evidence: Evidence;
  citations: string[];
}

/**
 * One incident as the knowledge base knows it. Its fields are those of the representative
 * report (`id`); `killed` and `injured` are the combined range of all `reports`, which keep
 * each document's own figures.
 */
export interface EventRecord {
  id: string;
  /** The representative report's id; equal to `id` for a listed incident. */
  incidentId: string;
  reviewStatus: ReviewStatus;
  /** Every document's report of the incident, the representative first. */
  reports: EventReport[];
  documentId: string;
  date: string;
  /** First and last possible day of `date` (ISO), for sorting and filtering; null when open. */
  dateStart: string | null;
  dateEnd: string | null;
  category: EventCategory;
  subtype: string;
  summary: string;
  location: EventLocation;
  killed: Count | null;
  killedPerpetrators: Count | null;
  injured: Count | null;
  perpetrators: { name: string; entityId: string | null }[];
  attribution: Attribution;
  targets: string[];
  weapons: string[];
  evidence: Evidence;
  citations: string[];
  citationNeeded: boolean;
}

export interface EventFilter {
  /** Entity id of a perpetrator (an organization or person). */
  entityId?: string;
  /** More perpetrator entity ids, each of which must also be among the event's perpetrators. */
  entityIds?: readonly string[];
  /** EDTF bounds: events that can fall on or after `from` and on or before `to`. */
  from?: string;
  to?: string;
  category?: EventCategory;
  subtype?: string;
  attribution?: Attribution;
  /** A place name, alias, admin-1 region or country, matched whole and without regard to case. */
  place?: string;
  /** Events whose combined lower bound of the killed (injured) is at least this. */
  killedMin?: number;
  injuredMin?: number;
  /** Review statuses to list; every status but `rejected` when not given. */
  reviewStatuses?: readonly ReviewStatus[];
  documentId?: string;
  limit?: number;
}

/** Every review status but `rejected`: what a list shows unless asked otherwise. */
export const SHOWN_BY_DEFAULT: readonly ReviewStatus[] = REVIEW_STATUSES.filter((s) => s !== 'rejected');

/** The orders an event list can be sorted in; `-` is descending. Undated and uncounted events sort lowest. */
export const EVENT_SORTS = ['date', '-date', 'killed', '-killed', 'injured', '-injured'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export interface EventPageQuery extends EventFilter {
  sort?: EventSort;
  /** The `next` of the previous page; absent for the first page. */
  cursor?: string;
  limit: number;
}

/** Where a page starts and how long it is: the `next` of the previous page (absent for the first). */
export interface PageQuery {
  cursor?: string;
  limit: number;
}

/** A page of a list: its items and the opaque cursor of the next page (null on the last page). */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/** One year of a group's attacks: how many, and their dead and wounded as ranges (null when no attack counts them). */
export interface YearAttacks {
  year: number;
  attacks: number;
  killed: Count | null;
  injured: Count | null;
}

/**
 * What a group's attacks add up to: the first and the last (by the days they may fall on),
 * attacks and casualties per year of their earliest day, and casualty totals as ranges.
 */
export interface AttackSummary {
  firstAttackId: string | null;
  lastAttackId: string | null;
  perYear: YearAttacks[];
  killed: Count | null;
  injured: Count | null;
}

/** The facets the event list is counted by. */
export const EVENT_FACETS = ['year', 'category', 'subtype', 'admin1', 'country', 'attribution', 'perpetrator'] as const;
export type EventFacet = (typeof EVENT_FACETS)[number];

/** One value of a facet and how many listed events have it; `label` names a perpetrator entity. */
export interface FacetCount {
  value: string | null;
  label?: string;
  count: number;
}

/** Counts per value of every facet, the largest first. */
export type EventFacets = Record<EventFacet, FacetCount[]>;

/** The listed events at one point of the map: where, how many of each category, and the dead they count at most. */
export interface EventPlace {
  lat: number;
  lon: number;
  /** The place's name as the events give it (the alphabetically first when they differ). */
  name: string;
  admin1: string | null;
  country: string;
  precision: LocationPrecision;
  events: number;
  categories: Record<EventCategory, number>;
  killed: number;
}

/** The busiest places of the listed events, then how many events are at other places and how many have no coordinates. */
export interface EventPlaces {
  places: EventPlace[];
  elsewhere: number;
  unplaced: number;
}

/** The keys a search looks up: the normalized query and its transliteration. */
export interface NameSearchKeys {
  normalized: string;
  ascii: string;
}

export interface NameHit {
  entityId: string;
  kind: EntityKind;
  entityName: string;
  name: string;
  normalized: string;
  ascii: string;
}

export interface AuditFilter {
  kind?: AuditedKind;
  factId?: string;
}

export interface ConflictFilter {
  kind?: ReviewedFactKind;
  factId?: string;
  documentId?: string;
}
