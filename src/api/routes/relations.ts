import { z } from 'zod';
import { edtfRange } from '../../model/edtf.js';
import { RELATION_TYPE_NAMES, type RelationType } from '../../model/taxonomy.js';
import { SHOWN_BY_DEFAULT, type RelationRecord, type Store } from '../../store/store.js';
import { entityParams } from '../entity-param.js';
import { EntityFilterParams, ReviewParam } from '../event-params.js';
import { LIST_MEDIA_TYPES, listParams, listResponse } from '../list-response.js';
import { pageOf } from '../page-of.js';
import { EdtfParam, queryParams } from '../params.js';
import { pageSchema, RelationRecordSchema } from '../response-schemas.js';
import { defineRoute, type RouteDefinition } from '../route-registry.js';

const FORMATS = ['json', 'csv'] as const;

/**
 * Query of `GET /api/v1/relations`.
 *
 * @example
 * RelationListQuery.parse({ group: 'IS-CP', type: 'leader_of' })
 */
export const RelationListQuery = z.strictObject({
  ...EntityFilterParams,
  type: z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]]).optional(),
  from: EdtfParam.optional().describe('EDTF date: relations that may hold on or after it'),
  to: EdtfParam.optional().describe('EDTF date: relations that may hold on or before it'),
  review: ReviewParam.optional(),
  sort: z.enum(['start', '-start']).default('start'),
  ...listParams(FORMATS),
});

/**
 * `GET /api/v1/relations` lists relations (leader of, branch of, member of, …) with their
 * periods and evidence, filtered by the entities on either side, type, period and review status.
 *
 * @example
 * registerRoutes(app, relationRoutes(store)); // GET /api/v1/relations?group=IS-CP&type=leader_of
 */
export function relationRoutes(store: Store): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/relations',
      tag: 'relations',
      summary: 'Relations with their periods and evidence; filters: group, person, type, from, to, review',
      example: '/api/v1/relations?type=leader_of',
      query: RelationListQuery,
      responses: {
        200: {
          description: 'A page of relations',
          content: { [LIST_MEDIA_TYPES.json]: pageSchema(RelationRecordSchema), [LIST_MEDIA_TYPES.csv]: null },
        },
      },
      handler: async (c) => {
        const { type, from, to, review, sort, limit, cursor, format, ...entities } = queryParams(c, RelationListQuery);
        const [first, ...others] = await entityParams(store, entities);
        const statuses = new Set<string>(review ?? SHOWN_BY_DEFAULT);
        const fromDay = from === undefined ? null : (edtfRange(from)?.start ?? null);
        const toDay = to === undefined ? null : (edtfRange(to)?.end ?? null);
        const relations = (await store.relations({ entityId: first, type })).filter(
          (r) =>
            statuses.has(r.reviewStatus) &&
            others.every((id) => r.subjectId === id || r.objectId === id) &&
            holdsWithin(r, fromDay, toDay),
        );
        const page = pageOf(relations, { sort, key: (r) => r.start ?? '', id: (r) => r.id }, { limit, cursor });
        return listResponse(c, page, { item: RelationRecordSchema, formats: FORMATS, format, limit });
      },
    }),
  ];
}

// An open or unknown side of a period is unbounded: a relation from 2015 with no end may hold today.
function holdsWithin(relation: RelationRecord, fromDay: string | null, toDay: string | null): boolean {
  const start = relation.start === null ? null : (edtfRange(relation.start)?.start ?? null);
  const end = relation.end === null ? null : (edtfRange(relation.end)?.end ?? null);
  return (end ?? '9999') >= (fromDay ?? '0000') && (start ?? '0000') <= (toDay ?? '9999');
}
