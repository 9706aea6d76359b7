import { html } from 'hono/html';
import { openApiDocument, openApiPath, type OpenApiDocument } from '../openapi.js';
import { defineRoute, type RouteDefinition } from '../route-registry.js';

/**
 * `GET /api/v1`, a plain page listing the endpoints for people exploring the API (the web UI
 * has `/`), and `GET /api/v1/openapi.json`, the OpenAPI 3.1 document, both read from the route
 * definitions the app serves, these two included.
 *
 * @example
 * const routes = [...eventRoutes(store)];
 * routes.push(...apiIndexRoutes(routes));
 */
export function apiIndexRoutes(routes: readonly RouteDefinition[]): RouteDefinition[] {
  const index = defineRoute({
    method: 'get',
    path: '/api/v1',
    tag: 'meta',
    summary: 'This page: the endpoints of the API',
    example: '/api/v1',
    responses: { 200: { description: 'An HTML page', content: { 'text/html': null } } },
    handler: (c) =>
      c.html(
        html`<!doctype html>
          <html lang="en">
            <head>
              <meta charset="utf-8" />
              <title>Chronicle</title>
              <style>
                body {
                  font:
                    16px/1.5 system-ui,
                    sans-serif;
                  max-width: 52rem;
                  margin: 2rem auto;
                  padding: 0 1rem;
                }
                code {
                  background: #f3f3f3;
                  padding: 0 0.25rem;
                }
                td {
                  padding: 0.25rem 0.75rem 0.25rem 0;
                  vertical-align: top;
                }
              </style>
            </head>
            <body>
              <h1>Chronicle API</h1>
              <p>
                A sourced knowledge base of armed groups: organizations, people, relations and events, each linked to
                the text it comes from. The API answers in JSON; errors are <code>application/problem+json</code>. The
                web interface is at <a href="/">/</a>; the <a href="/api/v1/openapi.json">OpenAPI document</a> describes
                every parameter and answer.
              </p>
              <table>
                ${all.map(
                  (e) =>
                    html`<tr>
                      <td><code>${e.method.toUpperCase()}</code></td>
                      <td>
                        ${
                          e.example
                            ? html`<a href="${e.example}"><code>${openApiPath(e.path)}</code></a>`
                            : html`<code>${openApiPath(e.path)}</code>`
                        }
                      </td>
                      <td>${e.summary}</td>
                    </tr>`,
                )}
              </table>
            </body>
          </html>`,
      ),
  });
  const openapi = defineRoute({
    method: 'get',
    path: '/api/v1/openapi.json',
    tag: 'meta',
    summary: 'The OpenAPI 3.1 document of this API',
    example: '/api/v1/openapi.json',
    responses: { 200: { description: 'An OpenAPI 3.1 document', content: { 'application/json': null } } },
    handler: (c) => c.json((document ??= openApiDocument(all))),
  });
  const all = [index, openapi, ...routes];
  let document: OpenApiDocument | undefined;
  return [index, openapi];
}
