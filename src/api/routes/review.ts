import { Hono, type MiddlewareHandler } from 'hono';
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
import type { Endpoint } from '../endpoints.js';
import { PageParams, queryParams } from '../params.js';

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

/**
 * Query of `GET /api/v1/audit`: entries about one kind of fact, or one fact, entity or incident.
 *
 * @example
 * AuditQuery.parse({ kind: 'event' }) // { kind: 'event', limit: 100, offset: 0 }
 */
export const AuditQuery = z.strictObject({
  kind: z.enum(AUDITED_KINDS).optional(),
  id: z.string().trim().min(1).optional(),
  ...PageParams,
});
export const AuditResponse = page(AuditEntrySchema);

/**
 * Query of `GET /api/v1/conflicts`: those of one kind of fact, one fact, or one document's re-ingest.
 *
 * @example
 * ConflictQuery.parse({ document: 'caucasus-emirate' }) // { document: 'caucasus-emirate', limit: 100, offset: 0 }
 */
export const ConflictQuery = z.strictObject({
  kind: z.enum(REVIEWED_FACT_KINDS).optional(),
  id: z.string().trim().min(1).optional(),
  document: z.string().trim().min(1).optional(),
  ...PageParams,
});
export const ConflictResponse = page(ReviewConflictSchema);

/** Answer of `GET /api/v1/events/{id}/provenance` and `/relations/{id}/provenance`. */
export const ProvenanceResponse = ProvenanceSchema;

function page<T extends z.ZodType>(item: T) {
  return z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(item) });
}

/** The review endpoints, for the API's index page. */
export const REVIEW_ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'POST',
    path: '/api/v1/review',
    summary: `Review a fact (accept, reject, edit, merge, split, add); header ${ACTOR_HEADER} names the editor; answers the audit entry`,
  },
  {
    method: 'GET',
    path: '/api/v1/audit',
    summary: 'The append-only audit log, oldest first; filters: kind, id; limit, offset',
    example: '/api/v1/audit',
  },
  {
    method: 'GET',
    path: '/api/v1/conflicts',
    summary: 'Re-extracted values that disagree with an edit; filters: kind, id, document; limit, offset',
    example: '/api/v1/conflicts',
  },
  {
    method: 'GET',
    path: '/api/v1/events/:id/provenance',
    summary: 'Where an event comes from: every report, document, span, footnote, reference, review',
  },
  {
    method: 'GET',
    path: '/api/v1/relations/:id/provenance',
    summary: 'Where a relation comes from: document, span, footnotes, review',
  },
];

/**
 * Human review over HTTP, mounted at `/api/v1`: `POST /review` (through `requireEditor`),
 * `GET /audit`, `GET /conflicts`, and the provenance of events and relations.
 *
 * @example
 * app.route('/api/v1', reviewRoutes(store)); // POST /api/v1/review {"action":"accept","kind":"event","id":"evt_…"}
 */
export function reviewRoutes(store: Store): Hono<EditorEnv> {
  return new Hono<EditorEnv>()
    .post('/review', requireEditor(), async (c) => {
      const change = parseReviewChange(await jsonBody(c.req.raw));
      return c.json(await store.review(change, c.get('actor')), 201);
    })
    .get('/audit', async (c) => {
      const { kind, id, limit, offset } = queryParams(c, AuditQuery);
      const entries = await store.auditLog({ kind, factId: id });
      return c.json({ total: entries.length, limit, offset, items: entries.slice(offset, offset + limit) });
    })
    .get('/conflicts', async (c) => {
      const { kind, id, document, limit, offset } = queryParams(c, ConflictQuery);
      const conflicts = await store.conflicts({ kind, factId: id, documentId: document });
      return c.json({ total: conflicts.length, limit, offset, items: conflicts.slice(offset, offset + limit) });
    })
    .get('/events/:id/provenance', async (c) => c.json(await provenanceOf(store, 'event', c.req.param('id'))))
    .get('/relations/:id/provenance', async (c) => c.json(await provenanceOf(store, 'relation', c.req.param('id'))));
}

async function provenanceOf(store: Store, kind: 'event' | 'relation', id: string) {
  const found = await store.provenance(kind, id);
  if (!found) throw new NotFoundError(`no ${kind} with id "${id}"; list them at /api/v1/${kind}s`, { where: 'id' });
  return found;
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
