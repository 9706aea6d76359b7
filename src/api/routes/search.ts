import { z } from 'zod';
import { searchEntities } from '../../kb/search.js';
import { ENTITY_KINDS } from '../../model/taxonomy.js';
import type { Store } from '../../store/store.js';
import { queryParams } from '../params.js';
import { defineRoute, type RouteDefinition } from '../route-registry.js';

/**
 * Query of `GET /api/v1/search`.
 *
 * @example
 * SearchQuery.parse({ q: 'IS-CP' }) // { q: 'IS-CP', limit: 10 }
 */
export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1, 'give a name to look for, e.g. ?q=IS-CP').describe('a name in any script or spelling'),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

const SearchResultSchema = z.object({
  query: z.string(),
  items: z.array(z.object({ id: z.string(), type: z.enum(ENTITY_KINDS), name: z.string(), score: z.number() })),
});

/**
 * `GET /api/v1/search?q=` finds organizations and people by any name in any script, best first.
 *
 * @example
 * registerRoutes(app, searchRoutes(store)); // GET /api/v1/search?q=Вилаят%20Кавказ
 */
export function searchRoutes(store: Store): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/search',
      tag: 'search',
      summary: 'Organizations and people matching q in any script or spelling, best first',
      example: '/api/v1/search?q=IS-CP',
      query: SearchQuery,
      responses: { 200: { description: 'Matches, best first', content: { 'application/json': SearchResultSchema } } },
      handler: async (c) => {
        const { q, limit } = queryParams(c, SearchQuery);
        const hits = await searchEntities(store, q, { limit });
        const items = hits.map(({ id, type, name, score }) => ({ id, type, name, score }));
        return c.json({ query: q, items } satisfies z.infer<typeof SearchResultSchema>);
      },
    }),
  ];
}
