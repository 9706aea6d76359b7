import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { renderError, renderNotFound } from './errors.js';
import { defineRoute, registerRoutes, type RouteDefinition } from './route-registry.js';
import { apiIndexRoutes } from './routes/api-index.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { eventRoutes } from './routes/events.js';
import { facetRoutes } from './routes/facets.js';
import { healthRoutes } from './routes/health.js';
import { reviewRoutes } from './routes/review.js';
import { relationRoutes } from './routes/relations.js';
import { searchRoutes } from './routes/search.js';
import { sourceRoutes } from './routes/sources.js';
import { staticAssets, WEB_DIST } from './static-assets.js';

/** What the app serves besides the API. */
export interface AppOptions {
  /** The built web UI (`npm run build:web`); default `web/dist` of the package. */
  webRoot?: string;
}

/**
 * Every route of the app over a store, in the order hono matches them: fixed paths before
 * `/:id` ones. The index page and the OpenAPI document list exactly these.
 *
 * @example
 * apiRoutes(store).map((r) => `${r.method} ${r.path}`) // ['get /', 'get /api/v1', 'get /api/v1/openapi.json', …]
 */
export function apiRoutes(store: Store): RouteDefinition[] {
  const routes = [
    // Reached only when the UI is not built: the API index is the next best first page.
    defineRoute({
      method: 'get',
      path: '/',
      tag: 'meta',
      summary: 'The web interface (a redirect to the API index when the UI is not built)',
      responses: {
        200: { description: 'The web UI', content: { 'text/html': null } },
        302: { description: 'To /api/v1' },
      },
      handler: (c) => c.redirect('/api/v1'),
    }),
    ...healthRoutes(store),
    ...searchRoutes(store),
    ...entityRoutes(store, 'organization'),
    ...entityRoutes(store, 'person'),
    ...relationRoutes(store),
    ...eventRoutes(store),
    ...facetRoutes(store),
    ...documentRoutes(store),
    ...sourceRoutes(store),
    ...reviewRoutes(store),
  ];
  return [...apiIndexRoutes(routes), ...routes];
}

/**
 * The web UI and the HTTP API over a store, as one hono app: the UI's pages and files at `/`,
 * JSON under `/api/v1` (listed at `/api/v1`, described at `/api/v1/openapi.json`). Serve it
 * with `startServer`, or call `app.request('/api/v1/search?q=IS-CP')` in a test.
 *
 * @example
 * const app = createApp(await openStore({ path: 'data/chronicle.db' }));
 * const bare = createApp(store, { webRoot: '/nowhere' }); // `/` redirects to `/api/v1`
 */
export function createApp(store: Store, { webRoot = WEB_DIST }: AppOptions = {}): Hono {
  const app = new Hono().use(staticAssets({ root: webRoot }));
  return registerRoutes(app, apiRoutes(store)).notFound(renderNotFound).onError(renderError);
}
