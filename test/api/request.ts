/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies are checked by the assertions, not by types */
import type { Hono } from 'hono';

/** An answer of the app: status, content type and the body (parsed when it is JSON). */
export interface Answer {
  status: number;
  type: string;
  headers: Headers;
  body: any;
}

/**
 * Requests a path of the app through hono's `request` (routing, middleware and handlers as
 * served) and reads the answer.
 *
 * @example
 * const { status, body } = await call(app, '/api/v1/events?limit=5');
 */
export async function call(app: Hono, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await app.request(path, { headers });
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json() : await response.text();
  return { status: response.status, type, headers: response.headers, body };
}

/**
 * Every item of a list, following `next` from page to page, with the number of pages read.
 *
 * @example
 * const { items, pages } = await walk(app, '/api/v1/events?limit=3&sort=-killed');
 */
export async function walk(app: Hono, first: string): Promise<{ items: any[]; pages: number }> {
  const items: any[] = [];
  let pages = 0;
  for (let path: string | null = first; path !== null; pages++) {
    const { status, body } = await call(app, path);
    if (status !== 200) throw new Error(`${path} answered ${status}: ${JSON.stringify(body)}`);
    items.push(...body.items);
    path = body.next;
  }
  return { items, pages };
}
