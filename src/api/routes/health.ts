import { Hono } from 'hono';
import type { Store } from '../../store/store.js';

/**
 * `GET /health`: answers 200 while the database answers, with the number of stored documents.
 *
 * @example
 * app.route('/health', healthRoutes(store)); // { "status": "ok", "documents": 1 }
 */
export function healthRoutes(store: Store): Hono {
  return new Hono().get('/', async (c) => c.json({ status: 'ok', documents: (await store.documents()).length }));
}
