import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { InputError, NotFoundError } from '../../model/errors.js';
import {
  AUDITED_KINDS,
  AuditEntrySchema,
  parseReviewChange,
  ProvenanceSchema,
  REVIEWED_FACT_KINDS,
  ReviewChangeSchema,
  ReviewConflictSchema,
} from '../../model/review.js';
import type { Store } from '../../store/store.js';
import { LIST_MEDIA_TYPES, listParams, listResponse } from '../list-response.js';
import { pathParams, queryParams } from '../params.js';
import { pageSchema } from '../response-schemas.js';
import { defineRoute, type RouteDefinition } from '../route-registry.js';

/** The header that names the editor, until real authentication replaces it. */
export const ACTOR_HEADER = 'X-Chronicle-Actor';

/** Who is asking, as `requireEditor` established it. */
export type EditorEnv = { Variables: { actor: string } };

/**
 * The one gate of every write route: it establishes the editor making the change. Today it
 * trusts the `X-Chronicle-Actor` header (default `anonymous`); real authentication plugs in
 * here and nowhere else.
 *
 * @example
 * new Hono<EditorEnv>().post('/review', requireEditor(), (c) => c.text(c.get('actor')))
 */
export function requireEditor(): MiddlewareHandler<EditorEnv> {
  return async (c, next) => {
    const actor = c.req.header(ACTOR_HEADER)?.trim() || 'anonymous';
    if (actor.length > 200 || /\p{Cc}/u.test(actor))
      throw new InputError(`header ${ACTOR_HEADER}: expected a name of at most 200 printable characters`, {
        where: ACTOR_HEADER,
      });
    c.set('actor', actor);
    await next();
  };
}

/** Body of `POST /api/v1/review`: one change. */
export const ReviewBody = ReviewChangeSchema;
/** Answer of `POST /api/v1/review`: the audit entry the change wrote. */
export const ReviewResponse = AuditEntrySchema;

const FORMATS = ['json', 'csv'] as const;

/**
 * Query of `GET /api/v1/audit`: entries about one kind of fact, or one fact, entity or incident,
 * oldest first.
 *
 * @example
 * AuditQuery.parse({ kind: 'event' }) // { kind: 'event', limit: 100 }
 */
export const AuditQuery = z.strictObject({
  kind: z.enum(AUDITED_KINDS).optional(),
  id: z.string().trim().min(1).optional(),
  ...listParams(FORMATS),
});
export const AuditResponse = pageSchema(AuditEntrySchema);

/**
 * Query of `GET /api/v1/conflicts`: those of one kind of fact, one fact, or one document's re-ingest.
 *
 * @example
 * ConflictQuery.parse({ document: 'caucasus-emirate' }) // { document: 'caucasus-emirate', limit: 100 }
 */
export const ConflictQuery = z.strictObject({
  kind: z.enum(REVIEWED_FACT_KINDS).optional(),
  id: z.string().trim().min(1).optional(),
  document: z.string().trim().min(1).optional(),
  ...listParams(FORMATS),
});
export const ConflictResponse = pageSchema(ReviewConflictSchema);

/** Answer of `GET /api/v1/events/{id}/provenance` and `/relations/{id}/provenance`. */
export const ProvenanceResponse = ProvenanceSchema;

const FactPath = z.object({ id: z.string().min(1).describe('an event or relation id') });

/**
 * Human review over HTTP: `POST /api/v1/review` (through `requireEditor`), `GET /api/v1/audit`,
 * `GET /api/v1/conflicts`, and the provenance of events and relations.
 *
 * @example
 * registerRoutes(app, reviewRoutes(store)); // POST /api/v1/review {"action":"accept","kind":"event","id":"evt_…"}
 */
export function reviewRoutes(store: Store): RouteDefinition[] {
  const provenance = (kind: 'event' | 'relation') =>
    defineRoute({
      method: 'get',
      path: `/api/v1/${kind}s/:id/provenance`,
      tag: 'review',
      summary:
        kind === 'event'
          ? 'Where an event comes from: every report, document, span, footnote, reference, review'
          : 'Where a relation comes from: document, span, footnotes, review',
      params: FactPath,
      responses: {
        200: { description: 'The provenance chain', content: { 'application/json': ProvenanceResponse } },
        404: { description: `No such ${kind}` },
      },
      handler: async (c) => {
        const { id } = pathParams(c, FactPath);
        const found = await store.provenance(kind, id);
        if (!found)
          throw new NotFoundError(`no ${kind} with id "${id}"; list them at /api/v1/${kind}s`, { where: 'id' });
        return c.json(found);
      },
    });
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/review',
      tag: 'review',
      summary: `Review a fact (accept, reject, edit, merge, split, add); header ${ACTOR_HEADER} names the editor; answers the audit entry`,
      body: { 'application/json': ReviewBody },
      middleware: [requireEditor() as MiddlewareHandler],
      responses: {
        201: { description: 'The audit entry the change wrote', content: { 'application/json': ReviewResponse } },
        400: { description: 'The change is not valid' },
        404: { description: 'The fact it names does not exist' },
      },
      handler: async (c) => {
        const change = parseReviewChange(await jsonBody(c.req.raw));
        return c.json(await store.review(change, c.get('actor') as string), 201);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/audit',
      tag: 'review',
      summary: 'The append-only audit log, oldest first; filters: kind, id',
      example: '/api/v1/audit',
      query: AuditQuery,
      responses: {
        200: {
          description: 'A page of audit entries',
          content: { [LIST_MEDIA_TYPES.json]: AuditResponse, [LIST_MEDIA_TYPES.csv]: null },
        },
      },
      handler: async (c) => {
        const { kind, id, limit, cursor, format } = queryParams(c, AuditQuery);
        const page = await store.auditPage({ kind, factId: id, limit, cursor });
        return listResponse(c, page, { item: AuditEntrySchema, formats: FORMATS, format, limit });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/conflicts',
      tag: 'review',
      summary: 'Re-extracted values that disagree with an edit; filters: kind, id, document',
      example: '/api/v1/conflicts',
      query: ConflictQuery,
      responses: {
        200: {
          description: 'A page of conflicts',
          content: { [LIST_MEDIA_TYPES.json]: ConflictResponse, [LIST_MEDIA_TYPES.csv]: null },
        },
      },
      handler: async (c) => {
        const { kind, id, document, limit, cursor, format } = queryParams(c, ConflictQuery);
        const page = await store.conflictPage({ kind, factId: id, documentId: document, limit, cursor });
        return listResponse(c, page, { item: ReviewConflictSchema, formats: FORMATS, format, limit });
      },
    }),
    provenance('event'),
    provenance('relation'),
  ];
}

/** The request body as JSON, or an `InputError` saying it is not. */
async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new InputError(`the body is not JSON (${error.message}); send one review change as JSON`, {
      where: 'body',
      cause: error,
    });
  }
}
