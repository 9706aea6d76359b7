import { Hono } from 'hono';
import { z } from 'zod';
import { searchEntities } from '../../kb/search.js';
import type { Store } from '../../store/store.js';
import { queryParams } from '../params.js';

/**
 * Query of `GET /api/v1/search`.
 *
 * @example
 * SearchQuery.parse({ q: 'IS-CP' }) // { q: 'IS-CP', limit: 10 }
 */
export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1, 'give a name to look for, e.g. ?q=IS-CP'),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

/**
 * `GET /?q=` finds organizations and people by any name in any script, best first.
 *
 * @example
 * app.route('/api/v1/search', searchRoutes(store)); // GET /api/v1/search?q=Вилаят%20Кавказ
 */
export function searchRoutes(store: Store): Hono {
  return new Hono().get('/', async (c) => {
    const { q, limit } = queryParams(c, SearchQuery);
    const hits = await searchEntities(store, q, { limit });
    return c.json({ query: q, items: hits.map(({ id, type, name, score }) => ({ id, type, name, score })) });
  });
}
