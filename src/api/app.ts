import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { renderError, renderNotFound } from './errors.js';
import { apiIndexRoutes } from './routes/api-index.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { eventRoutes } from './routes/events.js';
import { healthRoutes } from './routes/health.js';
import { reviewRoutes } from './routes/review.js';
import { searchRoutes } from './routes/search.js';
import { staticAssets, WEB_DIST } from './static-assets.js';

/** What the app serves besides the API. */
export interface AppOptions {
  /** The built web UI (`npm run build:web`); default `web/dist` of the package. */
  webRoot?: string;
}

/**
 * The web UI and the HTTP API over a store, as one hono app: the UI's pages and files at `/`,
 * JSON under `/api/v1` (listed at `/api/v1`). Serve it with `startServer`, or call
 * `app.request('/api/v1/search?q=IS-CP')` in a test.
 *
 * @example
 * const app = createApp(await openStore({ path: 'data/chronicle.db' }));
 * const bare = createApp(store, { webRoot: '/nowhere' }); // `/` redirects to `/api/v1`
 */
export function createApp(store: Store, { webRoot = WEB_DIST }: AppOptions = {}): Hono {
  return (
    new Hono()
      .use(staticAssets({ root: webRoot }))
      // Reached only when the UI is not built: the API index is the next best first page.
      .get('/', (c) => c.redirect('/api/v1'))
      .route('/api/v1', apiIndexRoutes())
      .route('/health', healthRoutes(store))
      .route('/api/v1/organizations', entityRoutes(store, 'organization'))
      .route('/api/v1/people', entityRoutes(store, 'person'))
      .route('/api/v1/events', eventRoutes(store))
      .route('/api/v1/search', searchRoutes(store))
      .route('/api/v1/documents', documentRoutes(store))
      .route('/api/v1', reviewRoutes(store))
      .notFound(renderNotFound)
      .onError(renderError)
  );
}
