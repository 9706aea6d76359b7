import { Hono } from 'hono';
import { z } from 'zod';
import { findEntity } from '../../kb/find-entity.js';
import { InputError, NotFoundError } from '../../model/errors.js';
import { EVENT_CATEGORIES } from '../../model/taxonomy.js';
import type { Store } from '../../store/store.js';
import { EdtfParam, PageParams, queryParams } from '../params.js';

/**
 * Query of `GET /api/v1/events`: `group` is any name or id of the actor.
 *
 * @example
 * EventListQuery.parse({ from: '2016', category: 'attack' }) // { from: '2016', category: 'attack', limit: 100, offset: 0 }
 */
export const EventListQuery = z.strictObject({
  group: z.string().trim().min(1).optional(),
  from: EdtfParam.optional(),
  to: EdtfParam.optional(),
  category: z.enum(EVENT_CATEGORIES).optional(),
  ...PageParams,
});

/**
 * `GET /` lists events oldest first, filtered by actor, period and category; `GET /:id` gives one.
 *
 * @example
 * app.route('/api/v1/events', eventRoutes(store)); // GET /api/v1/events?group=IS-CP&from=2016&category=attack
 */
export function eventRoutes(store: Store): Hono {
  return new Hono()
    .get('/', async (c) => {
      const { group, from, to, category, limit, offset } = queryParams(c, EventListQuery);
      const entityId = group === undefined ? undefined : await groupId(store, group);
      const events = await store.events({ entityId, from, to, category });
      return c.json({ total: events.length, limit, offset, items: events.slice(offset, offset + limit) });
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id');
      const event = await store.event(id);
      if (!event) throw new NotFoundError(`no event with id "${id}"; list them at /api/v1/events`, { where: 'id' });
      return c.json(event);
    });
}

// An unknown group is a bad filter value (400 naming the parameter), not a missing resource.
async function groupId(store: Store, group: string): Promise<string> {
  try {
    return (await findEntity(store, group)).id;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const hint = `/api/v1/search?q=${encodeURIComponent(group)}`;
    throw new InputError(
      `query parameter 'group': no organization or person matches "${group}"; look it up at ${hint}`,
      {
        where: 'group',
        cause: error,
      },
    );
  }
}
