import type { EntitySummary } from '../../src/api/routes/entities.js';
import type { Profile } from '../../src/kb/profile.js';
import type { EventCategory } from '../../src/model/taxonomy.js';
import type { DocumentRecord, EntityRecord, EventRecord, SourceRecord } from '../../src/store/store.js';

export type { EntitySummary, EventRecord, Profile };

/** One search hit: an organization or a person. */
export interface SearchHit {
  id: string;
  type: 'organization' | 'person';
  name: string;
  score: number;
}

/** A page of a list endpoint. */
export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
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
}

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

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}, signal?: AbortSignal) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, `${value}`);
  const url = query.size ? `/api/v1${path}?${query}` : `/api/v1${path}`;
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string; param?: string } | null;
    throw new ApiError(problem?.detail ?? `${url} answered ${response.status}`, response.status, problem?.param);
  }
  return (await response.json()) as T;
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
  events: (filter: EventFilter, signal?: AbortSignal) =>
    get<Page<EventRecord>>('/events', { ...filter, limit: MAX_PAGE }, signal),
  event: (id: string, signal?: AbortSignal) => get<EventRecord>(`/events/${encodeURIComponent(id)}`, {}, signal),
  document: (id: string, signal?: AbortSignal) =>
    get<DocumentRecord & { text: string; sources: SourceRecord[] }>(`/documents/${encodeURIComponent(id)}`, {}, signal),
};
