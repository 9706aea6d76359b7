import { z } from 'zod';
import type { Store } from '../../store/store.js';
import { defineRoute, type RouteDefinition } from '../route-registry.js';

const HealthSchema = z.object({ status: z.literal('ok'), documents: z.number().int() });

/**
 * `GET /health`: answers 200 while the database answers, with the number of stored documents.
 *
 * @example
 * registerRoutes(app, healthRoutes(store)); // { "status": "ok", "documents": 1 }
 */
export function healthRoutes(store: Store): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/health',
      tag: 'meta',
      summary: 'Liveness and the number of stored documents',
      example: '/health',
      responses: { 200: { description: 'The database answers', content: { 'application/json': HealthSchema } } },
      handler: async (c) =>
        c.json({ status: 'ok', documents: (await store.documents()).length } satisfies z.infer<typeof HealthSchema>),
    }),
  ];
}
