import type { EntitySummary } from '../../src/api/routes/entities.js';
import type { Profile } from '../../src/kb/profile.js';
import type { AuditEntry, Provenance, ReviewChange, ReviewConflict } from '../../src/model/review.js';
import type { Attribution, EventCategory } from '../../src/model/taxonomy.js';
import type {
  DocumentRecord,
  EntityRecord,
  EventFacets,
  EventPlace,
  EventPlaces,
  EventRecord,
  EventReport,
  EventSort,
  IngestResult,
  SourceRecord,
} from '../../src/store/store.js';

export type {
  AuditEntry,
  EntitySummary,
  EventFacets,
  EventPlace,
  EventPlaces,
  EventRecord,
  EventReport,
  EventSort,
  IngestResult,
  Profile,
  Provenance,
  ReviewChange,
  ReviewConflict,
};

/** A stored document with its text and the references it lists. */
export type DocumentWithSources = DocumentRecord & { text: string; sources: SourceRecord[] };

/** One search hit: an organization or a person. */
export interface SearchHit {
  id: string;
  type: 'organization' | 'person';
  name: string;
  score: number;
}

/** A page of a list endpoint; `next` is the URL of the page after it, null on the last. */
export interface Page<T> {
  limit: number;
  next: string | null;
  items: T[];
}

/** An entity with its names and profile, as `/api/v1/organizations/:id` returns it. */
export type EntityWithProfile = EntityRecord & { profile: Profile };

/** Filters of the events list, as the API names them. */
export interface EventFilter {
  group?: string;
  from?: string;
  to?: string;
  category?: EventCategory;
  attribution?: Attribution;
  /** A place's name, an admin-1 region or a country code. */
  place?: string;
  /** Events any report of which comes from this document. */
  document?: string;
}

/** A first page of events: the filter, the server's order and the page size. */
export type EventQuery = EventFilter & { sort?: EventSort; limit?: number };

/** An error answer of the API, with the problem document's detail and the parameter at fault. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly param?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface Problem {
  detail?: string;
  param?: string;
}

// An error answer as an ApiError: the problem document's detail when there is one, else the status.
function apiError(url: string, status: number, problem: Problem | null): ApiError {
  return new ApiError(problem?.detail ?? `${url} answered ${status}`, status, problem?.param);
}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}, signal?: AbortSignal) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, `${value}`);
  return getUrl<T>(query.size ? `/api/v1${path}?${query}` : `/api/v1${path}`, signal);
}

async function getUrl<T>(url: string, signal?: AbortSignal) {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw apiError(url, response.status, (await response.json().catch(() => null)) as Problem | null);
  return (await response.json()) as T;
}

// The header that names the editor; the API's requireEditor middleware reads it.
const ACTOR_HEADER = 'X-Chronicle-Actor';

async function postReview(change: ReviewChange, actor: string, signal?: AbortSignal) {
  const url = '/api/v1/review';
  const response = await fetch(url, {
    method: 'POST',
    signal,
    headers: { accept: 'application/json', 'content-type': 'application/json', [ACTOR_HEADER]: actor },
    body: JSON.stringify(change),
  });
  if (!response.ok) throw apiError(url, response.status, (await response.json().catch(() => null)) as Problem | null);
  return (await response.json()) as AuditEntry;
}

/** How far an upload has come: bytes sent, then the server at work on the document. */
export type UploadProgress = { phase: 'sending'; sent: number; total: number } | { phase: 'extracting' };

// fetch cannot report upload progress, so the upload goes through XMLHttpRequest.
function upload(file: File, onProgress: (progress: UploadProgress) => void, signal?: AbortSignal) {
  const url = '/api/v1/documents';
  return new Promise<IngestResult>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.responseType = 'json';
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => onProgress({ phase: 'sending', sent: event.loaded, total: event.total });
    request.upload.onload = () => onProgress({ phase: 'extracting' });
    request.onload = () =>
      request.status < 300
        ? resolve(request.response as IngestResult)
        : reject(apiError(url, request.status, request.response as Problem | null));
    request.onerror = () => reject(new ApiError(`${url}: the server could not be reached`, 0));
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort());
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

// The API caps a page at this many rows; the UI asks for whole lists up to it.
const MAX_PAGE = 1000;

/**
 * The API as the UI uses it; every call takes an AbortSignal so a superseded request is dropped.
 *
 * @example
 * const { items } = await api.search('Вилаят Кавказ');
 * const org = await api.organization(items[0].id);
 */
export const api = {
  search: (q: string, signal?: AbortSignal) =>
    get<{ query: string; items: SearchHit[] }>('/search', { q, limit: 8 }, signal),
  organizations: (signal?: AbortSignal) => get<Page<EntitySummary>>('/organizations', { limit: MAX_PAGE }, signal),
  organization: (id: string, signal?: AbortSignal) =>
    get<EntityWithProfile>(`/organizations/${encodeURIComponent(id)}`, {}, signal),
  person: (id: string, signal?: AbortSignal) => get<EntityWithProfile>(`/people/${encodeURIComponent(id)}`, {}, signal),
  /** The first page of events, up to the API's largest page unless `limit` asks for fewer. */
  events: (query: EventQuery, signal?: AbortSignal) =>
    get<Page<EventRecord>>('/events', { limit: MAX_PAGE, ...query }, signal),
  /** The page a previous page's `next` points to. */
  nextEvents: (next: string, signal?: AbortSignal) => getUrl<Page<EventRecord>>(next, signal),
  /** Counts of the filtered events by year, category, subtype, region, country, attribution, perpetrator. */
  facets: (filter: EventFilter, signal?: AbortSignal) => get<EventFacets>('/facets', { ...filter }, signal),
  /** Every filtered event gathered by the place it is drawn at, busiest first, and how many have no coordinates. */
  eventPlaces: (filter: EventFilter, signal?: AbortSignal) => get<EventPlaces>('/event-places', { ...filter }, signal),
  event: (id: string, signal?: AbortSignal) => get<EventRecord>(`/events/${encodeURIComponent(id)}`, {}, signal),
  document: (id: string, signal?: AbortSignal) =>
    get<DocumentWithSources>(`/documents/${encodeURIComponent(id)}`, {}, signal),
  /** The events a document reports, alone or with others (a document holds far fewer than a page). */
  documentEvents: async (id: string, signal?: AbortSignal) =>
    (await get<Page<EventRecord>>('/events', { document: id, limit: MAX_PAGE }, signal)).items,
  /** Events nobody has reviewed yet (status `extracted`). */
  awaitingReview: async (signal?: AbortSignal) =>
    (await get<Page<EventRecord>>('/events', { review: 'extracted', limit: MAX_PAGE }, signal)).items,
  /** Where an event comes from: every report with its document, span, footnotes, review status, edits and history. */
  provenance: (id: string, signal?: AbortSignal) =>
    get<Provenance>(`/events/${encodeURIComponent(id)}/provenance`, {}, signal),
  /** Re-extracted values that disagree with an editor's edit, of one document's re-ingest or of all. */
  conflicts: (document: string | undefined, signal?: AbortSignal) =>
    get<Page<ReviewConflict>>('/conflicts', { document, limit: MAX_PAGE }, signal),
  /** Applies one review change as the named editor; answers the audit entry it wrote. */
  review: postReview,
  /** Sends one document to be ingested, reporting the bytes sent and then the wait for extraction. */
  upload,
};
