import type { Context } from 'hono';
import { z } from 'zod';
import { EdtfSchema } from '../model/edtf.js';
import { InputError } from '../model/errors.js';

/**
 * An EDTF date in a query string (`2015`, `2015-06`, `2014-11/2015-02`, `..2017`).
 *
 * @example
 * EdtfParam.parse(' 2015-06 ') // '2015-06'
 */
export const EdtfParam = z.string().trim().pipe(EdtfSchema);

/**
 * Validates a request's query string against a route's schema. Unknown parameters are refused,
 * so a typo (`?grup=`) is an error rather than a silently ignored filter; the error names the
 * parameter and its value.
 *
 * @example
 * const { q, limit } = queryParams(c, z.strictObject({ q: z.string().min(1), limit: z.coerce.number().default(10) }));
 */
export function queryParams<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const query = c.req.query();
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const known = schema instanceof z.ZodObject ? Object.keys(schema.shape).join(', ') : '';
    const param = issue.keys[0]!;
    throw new InputError(`unknown query parameter '${param}' (known: ${known})`, { where: param });
  }
  const param = String(issue.path[0] ?? 'query');
  const value = query[param];
  const given = value === undefined ? 'is required' : `"${value}" is invalid`;
  throw new InputError(`query parameter '${param}': ${given}: ${issue.message}`, { where: param });
}

/**
 * Validates a request's path parameters against a route's schema.
 *
 * @example
 * const { id } = pathParams(c, z.object({ id: z.string() }));
 */
export function pathParams<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.param());
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const param = String(issue.path[0] ?? 'path');
  throw new InputError(`path parameter '${param}': ${issue.message}`, { where: param });
}
