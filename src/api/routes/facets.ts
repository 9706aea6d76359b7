import { z } from 'zod';
import type { Store } from '../../store/store.js';
import { eventFilter, EventFilterParams } from '../event-params.js';
import { queryParams } from '../params.js';
import { EventPlacesSchema, FacetsSchema } from '../response-schemas.js';
import { defineRoute, type RouteDefinition } from '../route-registry.js';

/**
 * Query of `GET /api/v1/facets`: the event list's filters.
 *
 * @example
 * FacetsQuery.parse({ category: 'attack' }) // { category: 'attack' }
 */
export const FacetsQuery = z.strictObject(EventFilterParams);

/**
 * `GET /api/v1/facets` counts the events the same filters list, by year, category, subtype,
 * admin-1 region, country, attribution and perpetrator, the largest first; `GET
 * /api/v1/event-places` counts them by the place a map draws them at.
 *
 * @example
 * registerRoutes(app, facetRoutes(store)); // GET /api/v1/facets?group=IS-CP, /api/v1/event-places?category=attack
 */
export function facetRoutes(store: Store): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/facets',
      tag: 'events',
      summary:
        'Counts of the filtered events by year, category, subtype, admin1, country, attribution and perpetrator (at most 100 values each, largest first)',
      example: '/api/v1/facets?category=attack',
      query: FacetsQuery,
      responses: { 200: { description: 'Counts per facet value', content: { 'application/json': FacetsSchema } } },
      handler: async (c) => {
        const facets = await store.eventFacets(await eventFilter(store, queryParams(c, FacetsQuery)));
        return c.json(facets satisfies z.infer<typeof FacetsSchema>);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/event-places',
      tag: 'events',
      summary:
        'The filtered events gathered by their coordinates, the busiest 2,000 places first: per place the events of each category and the dead they count at most; then how many events are at other places and how many have no coordinates',
      example: '/api/v1/event-places?category=attack',
      query: FacetsQuery,
      responses: {
        200: { description: 'Places with counts', content: { 'application/json': EventPlacesSchema } },
      },
      handler: async (c) => {
        const places = await store.eventPlaces(await eventFilter(store, queryParams(c, FacetsQuery)));
        return c.json(places satisfies z.infer<typeof EventPlacesSchema>);
      },
    }),
  ];
}
