import type { Context, Handler, Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';

/** One answer a route can give: its description, and its body's schema per media type. */
export interface RouteResponse {
  description: string;
  /** Media type → schema of the body (`null` for a body no JSON Schema describes, e.g. HTML or CSV). */
  content?: Record<string, z.ZodType | null>;
}

/**
 * An endpoint as code and documentation at once: hono serves `handler` at `method path`, the
 * OpenAPI document and the index page describe it from the same zod schemas the handler
 * validates its input with. Paths use hono's `:param` syntax.
 */
export interface RouteDefinition {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  /** A request to try, linked from the index page. */
  example?: string;
  /** OpenAPI tag grouping the endpoint; the resource it serves. */
  tag: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  /** Media type → schema of the request body. */
  body?: Record<string, z.ZodType>;
  responses: Record<number, RouteResponse>;
  /** Runs before the handler (body limits, auth). */
  middleware?: MiddlewareHandler[];
  handler: (c: Context) => Response | Promise<Response>;
}

/**
 * Declares a route; a typed identity, so a route module reads as a list of definitions.
 *
 * @example
 * defineRoute({ method: 'get', path: '/health', tag: 'meta', summary: 'Liveness', responses: { 200: { description: 'ok' } }, handler: (c) => c.json({ status: 'ok' }) })
 */
export function defineRoute(route: RouteDefinition): RouteDefinition {
  return route;
}

/**
 * Serves every definition on a hono app, in order. Routes written elsewhere (review actions,
 * say) join the API and its document by being passed here with the others.
 *
 * @example
 * registerRoutes(new Hono(), [...eventRouteDefinitions(store), ...reviewRoutes(store)]);
 */
export function registerRoutes(app: Hono, routes: readonly RouteDefinition[]): Hono {
  for (const route of routes) {
    const [first, ...rest]: Handler[] = [...(route.middleware ?? []), route.handler];
    app.on(route.method.toUpperCase(), route.path, first!, ...rest);
  }
  return app;
}
