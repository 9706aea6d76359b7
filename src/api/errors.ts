import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ChronicleError, InputError, NotFoundError, StoreError } from '../model/errors.js';

/** An RFC 9457 problem document, the body of every error the API returns. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request path the problem is about. */
  instance: string;
  /** The query parameter, path parameter or form field at fault, when there is one. */
  param?: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Document too large',
  500: 'Internal error',
  503: 'Database unavailable',
};

/**
 * Answers with an `application/problem+json` document.
 *
 * @example
 * return problem(c, 404, 'no organization with id "org_x"; list them at /api/v1/organizations');
 */
export function problem(c: Context, status: ContentfulStatusCode, detail: string, param?: string): Response {
  const body: Problem = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: c.req.path,
    ...(param === undefined ? {} : { param }),
  };
  return c.newResponse(JSON.stringify(body), status, { 'content-type': 'application/problem+json; charset=utf-8' });
}

/**
 * The app's one error handler: Chronicle's typed errors become 400, 404 or 503 with their
 * message; anything else is logged and becomes a 500 that leaks no internals.
 *
 * @example
 * app.onError(renderError)
 */
export function renderError(error: Error, c: Context): Response {
  if (error instanceof InputError) return problem(c, 400, error.message, error.where);
  if (error instanceof NotFoundError) return problem(c, 404, error.message, error.where);
  if (error instanceof StoreError) return problem(c, 503, error.message);
  if (error instanceof ChronicleError) return problem(c, 400, error.message, error.where);
  if (error instanceof HTTPException) return problem(c, error.status as ContentfulStatusCode, error.message);
  console.error(error);
  return problem(c, 500, 'the server failed to answer this request; the error is in its log');
}

/**
 * Answers a path no route serves, pointing at the list of endpoints.
 *
 * @example
 * app.notFound(renderNotFound)
 */
export function renderNotFound(c: Context): Response {
  return problem(c, 404, `no endpoint ${c.req.method} ${c.req.path}; the endpoints are listed at /api/v1`);
}
