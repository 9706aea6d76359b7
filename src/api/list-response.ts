import type { Context } from 'hono';
import { z } from 'zod';
import { InputError } from '../model/errors.js';
import type { EventRecord, Page } from '../store/store.js';
import { csvColumns, toCsv } from './csv.js';

/** The media types a list answers in, by `?format=` name. */
export const LIST_MEDIA_TYPES = {
  json: 'application/json',
  csv: 'text/csv',
  geojson: 'application/geo+json',
} as const;
export type ListFormat = keyof typeof LIST_MEDIA_TYPES;

/**
 * The `format` and `limit` parameters of a list. Offsets are gone: a list continues with the
 * `cursor` of its previous page's `next`.
 *
 * @example
 * z.strictObject({ ...listParams(['json', 'csv']) }).parse({ limit: '20' }) // { limit: 20 }
 */
export function listParams<F extends ListFormat>(formats: readonly [F, ...F[]]) {
  return {
    format: z
      .enum(formats)
      .optional()
      .describe(
        `answer as ${formats.join(' or ')}; the Accept header (${formats.map((f) => LIST_MEDIA_TYPES[f]).join(', ')}) does the same`,
      ),
    limit: z.coerce.number().int().min(1).max(1000).default(100).describe('items per page, at most 1000'),
    cursor: z.string().min(1).optional().describe('the `next` cursor of the previous page'),
  };
}

/** The format asked for: `?format=` first, then the Accept header, JSON by default. */
function negotiate(c: Context, format: ListFormat | undefined, formats: readonly ListFormat[]): ListFormat {
  if (format !== undefined) return format;
  const accept = c.req.header('accept') ?? '';
  return formats.find((f) => f !== 'json' && accept.includes(LIST_MEDIA_TYPES[f])) ?? 'json';
}

/** The URL of the page after this one: the same request with the next cursor. */
function nextUrl(c: Context, next: string | null): string | null {
  if (next === null) return null;
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', next);
  return `${url.pathname}${url.search}`;
}

/** How one list answers: its item schema (for CSV columns) and, for events, GeoJSON. */
export interface ListShape<T> {
  item: z.ZodType;
  formats: readonly ListFormat[];
  format: ListFormat | undefined;
  limit: number;
  /** A located item as a GeoJSON feature, or null when it has no coordinates. */
  feature?: (item: T) => GeoJsonFeature | null;
}

export interface GeoJsonFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/**
 * Answers with a page of a list as JSON (`{ limit, next, items }`), CSV (a `Link` header to
 * the next page) or a GeoJSON FeatureCollection, as the request asks.
 *
 * @example
 * return listResponse(c, await store.eventPage(query), { item: EventRecordSchema, formats: ['json', 'csv', 'geojson'], format, limit, feature: eventFeature });
 */
export function listResponse<T>(c: Context, page: Page<T>, shape: ListShape<T>): Response {
  const format = negotiate(c, shape.format, shape.formats);
  const next = nextUrl(c, page.next);
  if (next !== null) c.header('link', `<${next}>; rel="next"`);
  if (format === 'csv') {
    return c.body(toCsv(page.items, csvColumns(shape.item)), 200, { 'content-type': 'text/csv; charset=utf-8' });
  }
  if (format === 'geojson') {
    if (!shape.feature) throw new InputError(`format geojson is only for events`, { where: 'format' });
    const features = page.items.map(shape.feature).filter((f): f is GeoJsonFeature => f !== null);
    return c.body(JSON.stringify({ type: 'FeatureCollection', features, next }), 200, {
      'content-type': 'application/geo+json; charset=utf-8',
    });
  }
  return c.json({ limit: shape.limit, next, items: page.items });
}

/**
 * An event as a GeoJSON point feature (null when it was not geocoded); its properties are the
 * record without the reports, which the event's own URL gives.
 *
 * @example
 * eventFeature(kizlyar)?.geometry // { type: 'Point', coordinates: [46.71, 43.85] }
 */
export function eventFeature(event: EventRecord): GeoJsonFeature | null {
  const { lat, lon } = event.location;
  if (lat === null || lon === null) return null;
  const { reports: _reports, ...properties } = event;
  return { type: 'Feature', id: event.id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties };
}
