import type { Context } from 'hono';
import { z } from 'zod';
import { EdtfSchema } from '../model/edtf.js';
import { InputError } from '../model/errors.js';

/**
 * Paging shared by every list endpoint: `?limit=50&offset=100`.
 *
 * @example
 * z.strictObject({ ...PageParams }).parse({ limit: '50' }) // { limit: 50, offset: 0 }
 */
export const PageParams = {
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
};

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
 * const { q, limit } = queryParams(c, z.strictObject({ q: z.string().min(1), limit: PageParams.limit }));
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
