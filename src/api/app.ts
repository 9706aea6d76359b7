import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { renderError, renderNotFound } from './errors.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { eventRoutes } from './routes/events.js';
import { healthRoutes } from './routes/health.js';
import { homeRoutes } from './routes/home.js';
import { searchRoutes } from './routes/search.js';

/**
 * The HTTP API over a store, as a hono app: serve it with `startServer`, or call
 * `app.request('/api/v1/search?q=IS-CP')` in a test.
 *
 * @example
 * const app = createApp(await openStore({ path: 'data/chronicle.db' }));
 */
export function createApp(store: Store): Hono {
  return new Hono()
    .route('/', homeRoutes())
    .route('/health', healthRoutes(store))
    .route('/api/v1/organizations', entityRoutes(store, 'organization'))
    .route('/api/v1/people', entityRoutes(store, 'person'))
    .route('/api/v1/events', eventRoutes(store))
    .route('/api/v1/search', searchRoutes(store))
    .route('/api/v1/documents', documentRoutes(store))
    .notFound(renderNotFound)
    .onError(renderError);
}
