import { Hono } from 'hono';
import { z } from 'zod';
import { buildProfile } from '../../kb/profile.js';
import { NotFoundError } from '../../model/errors.js';
import type { EntityKind } from '../../model/taxonomy.js';
import type { EntityRecord, Store } from '../../store/store.js';
import { PageParams, queryParams } from '../params.js';

/**
 * Query of `GET /api/v1/organizations` and `GET /api/v1/people`.
 *
 * @example
 * EntityListQuery.parse({ offset: '100' }) // { limit: 100, offset: 100 }
 */
export const EntityListQuery = z.strictObject({ ...PageParams });

/** An entity as a list shows it: its names flattened, without per-name evidence. */
export interface EntitySummary {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  founded: string | null;
  dissolved: string | null;
  status: string | null;
  region: string | null;
  roles: string[];
  documentIds: string[];
}

const PLURAL: Record<EntityKind, string> = { organization: 'organizations', person: 'people' };

/**
 * `GET /` lists the entities of one kind by name; `GET /:id` gives one with its full names and
 * its profile. Mounted at `/api/v1/organizations` and `/api/v1/people`.
 *
 * @example
 * app.route('/api/v1/people', entityRoutes(store, 'person'));
 */
export function entityRoutes(store: Store, kind: EntityKind): Hono {
  return new Hono()
    .get('/', async (c) => {
      const { limit, offset } = queryParams(c, EntityListQuery);
      const entities = (await store.entities({ kind })).sort((a, b) => a.name.localeCompare(b.name));
      return c.json({
        total: entities.length,
        limit,
        offset,
        items: entities.slice(offset, offset + limit).map(summarize),
      });
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id');
      const entity = await store.entity(id);
      if (!entity || entity.kind !== kind) {
        throw new NotFoundError(`no ${kind} with id "${id}"; list them at /api/v1/${PLURAL[kind]}`, { where: 'id' });
      }
      return c.json({ ...entity, profile: await buildProfile(store, id) });
    });
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
