import { Hono } from 'hono';
import { html } from 'hono/html';
import { ENDPOINTS } from '../endpoints.js';

/**
 * `GET /api/v1`: a plain page listing the endpoints, for people exploring the API (the web UI
 * has `/`).
 *
 * @example
 * app.route('/api/v1', apiIndexRoutes());
 */
export function apiIndexRoutes(): Hono {
  return new Hono().get('/', (c) =>
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
              A sourced knowledge base of armed groups: organizations, people, relations and events, each linked to the
              text it comes from. The API answers in JSON; errors are <code>application/problem+json</code>. The web
              interface is at <a href="/">/</a>.
            </p>
            <table>
              ${ENDPOINTS.map(
                (e) =>
                  html`<tr>
                    <td><code>${e.method}</code></td>
                    <td>
                      ${e.example ? html`<a href="${e.example}"><code>${e.path}</code></a>` : html`<code>${e.path}</code>`}
                    </td>
                    <td>${e.summary}</td>
                  </tr>`,
              )}
            </table>
          </body>
        </html>`,
    ),
  );
}
