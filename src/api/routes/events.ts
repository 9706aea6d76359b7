import { z } from 'zod';
import { NotFoundError } from '../../model/errors.js';
import { EVENT_SORTS, type Store } from '../../store/store.js';
import { eventFilter, EventFilterParams } from '../event-params.js';
import { eventFeature, LIST_MEDIA_TYPES, listParams, listResponse } from '../list-response.js';
import { pathParams, queryParams } from '../params.js';
import { EventFeatureCollectionSchema, EventRecordSchema, pageSchema } from '../response-schemas.js';
import { defineRoute, type RouteDefinition } from '../route-registry.js';

const FORMATS = ['json', 'csv', 'geojson'] as const;

/**
 * Query of `GET /api/v1/events`.
 *
 * @example
 * EventListQuery.parse({ from: '2016', sort: '-killed' }) // { from: '2016', sort: '-killed', limit: 100 }
 */
export const EventListQuery = z.strictObject({
  ...EventFilterParams,
  sort: z.enum(EVENT_SORTS).default('date').describe('order: date, killed or injured; a leading - for descending'),
  ...listParams(FORMATS),
});

/** Path of `GET /api/v1/events/{id}`. */
export const EventPath = z.object({ id: z.string().describe('an event id (any report of the incident)') });

/**
 * `GET /api/v1/events` lists incidents, one per row with every document's report, filtered,
 * sorted on the server and paged by cursor, as JSON, CSV or GeoJSON; `GET /api/v1/events/{id}`
 * gives one.
 *
 * @example
 * registerRoutes(app, eventRoutes(store)); // GET /api/v1/events?group=IS-CP&from=2016&sort=-killed
 */
export function eventRoutes(store: Store): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/events',
      tag: 'events',
      summary:
        'Events (one per incident) filtered by group, person, period, place, category, subtype, attribution, casualties and review status; sorted, paged by cursor; JSON, CSV or GeoJSON',
      example: '/api/v1/events?category=attack&sort=-killed',
      query: EventListQuery,
      responses: {
        200: {
          description: 'A page of events',
          content: {
            [LIST_MEDIA_TYPES.json]: pageSchema(EventRecordSchema),
            [LIST_MEDIA_TYPES.csv]: null,
            [LIST_MEDIA_TYPES.geojson]: EventFeatureCollectionSchema,
          },
        },
      },
      handler: async (c) => {
        const { sort, limit, cursor, format, ...params } = queryParams(c, EventListQuery);
        const page = await store.eventPage({ ...(await eventFilter(store, params)), sort, limit, cursor });
        return listResponse(c, page, {
          item: EventRecordSchema,
          formats: FORMATS,
          format,
          limit,
          feature: eventFeature,
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/events/:id',
      tag: 'events',
      summary: 'One event with every report of it, its evidence and citations',
      params: EventPath,
      responses: { 200: { description: 'The event', content: { 'application/json': EventRecordSchema } } },
      handler: async (c) => {
        const { id } = pathParams(c, EventPath);
        const event = await store.event(id);
        if (!event) throw new NotFoundError(`no event with id "${id}"; list them at /api/v1/events`, { where: 'id' });
        return c.json(event satisfies z.infer<typeof EventRecordSchema>);
      },
    }),
  ];
}
