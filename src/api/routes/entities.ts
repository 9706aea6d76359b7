import { z } from 'zod';
import { buildProfile } from '../../kb/profile.js';
import { NotFoundError } from '../../model/errors.js';
import type { EntityKind } from '../../model/taxonomy.js';
import type { EntityRecord, Store } from '../../store/store.js';
import { entityParam } from '../entity-param.js';
import { listParams, listResponse, LIST_MEDIA_TYPES } from '../list-response.js';
import { pageOf } from '../page-of.js';
import { pathParams, queryParams } from '../params.js';
import { EntitySchema, EntitySummarySchema, pageSchema, ProfileSchema } from '../response-schemas.js';
import { defineRoute, type RouteDefinition } from '../route-registry.js';

const FORMATS = ['json', 'csv'] as const;

/**
 * Query of `GET /api/v1/organizations` and `GET /api/v1/people`.
 *
 * @example
 * EntityListQuery.parse({ group: 'IS-CP', sort: '-name' }) // { group: 'IS-CP', sort: '-name', limit: 100 }
 */
export const EntityListQuery = z.strictObject({
  group: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('only entities in a relation with this organization (id or any name): its leaders, branches, parent'),
  place: z.string().trim().min(1).optional().describe('only entities whose region is this place'),
  sort: z.enum(['name', '-name']).default('name'),
  ...listParams(FORMATS),
});

/** Path of the one-entity routes. */
export const EntityPath = z.object({ id: z.string().describe('an organization or person id') });

/** An entity as a list shows it: its names flattened, without per-name evidence. */
export type EntitySummary = z.infer<typeof EntitySummarySchema>;

const PLURAL: Record<EntityKind, string> = { organization: 'organizations', person: 'people' };

/**
 * `GET /api/v1/<organizations|people>` lists the entities of one kind by name;
 * `GET …/{id}` gives one with its full names and its profile; organizations also have
 * `GET …/{id}/profile`, the profile alone.
 *
 * @example
 * registerRoutes(app, entityRoutes(store, 'person'));
 */
export function entityRoutes(store: Store, kind: EntityKind): RouteDefinition[] {
  const base = `/api/v1/${PLURAL[kind]}`;
  const one = async (id: string): Promise<EntityRecord> => {
    const entity = await store.entity(id);
    if (!entity || entity.kind !== kind) {
      throw new NotFoundError(`no ${kind} with id "${id}"; list them at ${base}`, { where: 'id' });
    }
    return entity;
  };
  const routes = [
    defineRoute({
      method: 'get',
      path: base,
      tag: PLURAL[kind],
      summary: `${kind === 'person' ? 'People' : 'Organizations'} by name with their aliases in every script; filters: group, place`,
      example: base,
      query: EntityListQuery,
      responses: {
        200: {
          description: 'A page of entities',
          content: { [LIST_MEDIA_TYPES.json]: pageSchema(EntitySummarySchema), [LIST_MEDIA_TYPES.csv]: null },
        },
      },
      handler: async (c) => {
        const { group, place, sort, limit, cursor, format } = queryParams(c, EntityListQuery);
        let entities = await store.entities({ kind });
        if (group !== undefined) {
          const groupId = await entityParam(store, 'group', group, 'organization');
          const related = new Set(
            (await store.relations({ entityId: groupId })).flatMap((r) => [r.subjectId, r.objectId]),
          );
          entities = entities.filter((e) => e.id !== groupId && related.has(e.id));
        }
        if (place !== undefined) {
          const wanted = place.toLocaleLowerCase();
          entities = entities.filter((e) => e.region?.toLocaleLowerCase() === wanted);
        }
        const page = pageOf(entities.map(summarize), { sort, key: (e) => e.name, id: (e) => e.id }, { limit, cursor });
        return listResponse(c, page, { item: EntitySummarySchema, formats: FORMATS, format, limit });
      },
    }),
    defineRoute({
      method: 'get',
      path: `${base}/:id`,
      tag: PLURAL[kind],
      summary: `One ${kind} with all names (language, script, evidence) and the profile`,
      params: EntityPath,
      responses: {
        200: {
          description: `The ${kind}`,
          content: { 'application/json': EntitySchema.extend({ profile: ProfileSchema }) },
        },
      },
      handler: async (c) => {
        const entity = await one(pathParams(c, EntityPath).id);
        return c.json({ ...entity, profile: await buildProfile(store, entity.id) } satisfies z.infer<
          typeof EntitySchema
        > & { profile: z.infer<typeof ProfileSchema> });
      },
    }),
  ];
  if (kind === 'person') return routes;
  return [
    ...routes,
    defineRoute({
      method: 'get',
      path: `${base}/:id/profile`,
      tag: PLURAL[kind],
      summary:
        'The profile of an organization: names by language and script, parent and branches, leaders over time, first and last attack, attacks per year, casualties, status with evidence, sources',
      example: `${base}/org_islamic-state-caucasus-province/profile`,
      params: EntityPath,
      responses: { 200: { description: 'The profile', content: { 'application/json': ProfileSchema } } },
      handler: async (c) => {
        const entity = await one(pathParams(c, EntityPath).id);
        return c.json((await buildProfile(store, entity.id)) satisfies z.infer<typeof ProfileSchema>);
      },
    }),
  ];
}

/**
 * The list form of an entity.
 *
 * @example
 * summarize(entity).aliases // ['IS-CP', 'Вилаят Кавказ', 'Vilayat Kavkaz']
 */
export function summarize(entity: EntityRecord): EntitySummary {
  const aliases = [...new Set(entity.names.map((n) => n.text))].filter((text) => text !== entity.name);
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases,
    founded: entity.founded,
    dissolved: entity.dissolved,
    status: entity.status,
    region: entity.region,
    roles: entity.roles,
    documentIds: entity.documentIds,
  };
}
