import { NotFoundError, type EntityKind } from '../model/index.js';
import type { EntityRecord, Store } from '../store/store.js';
import { searchEntities } from './search.js';

/** Below this a search hit is a guess, not an answer to "which entity is this?". */
const MIN_SCORE = 0.6;

/**
 * The entity an id or a name points at: the id itself when it exists, else the best
 * search hit of the kind asked for. Refuses a weak guess with a `NotFoundError` that
 * suggests the search.
 *
 * @example
 * (await findEntity(store, 'Асильдаров', 'person')).id // 'per_rustam-asildarov'
 */
export async function findEntity(store: Store, nameOrId: string, kind?: EntityKind): Promise<EntityRecord> {
  const byId = await store.entity(nameOrId);
  if (byId && (kind === undefined || byId.kind === kind)) return byId;
  const hits = await searchEntities(store, nameOrId, { limit: 20 });
  const best = hits.find((h) => (kind === undefined || h.type === kind) && h.score >= MIN_SCORE);
  const found = best && (await store.entity(best.id));
  if (found) return found;
  throw new NotFoundError(`no ${kind ?? 'entity'} matches "${nameOrId}"; try \`chronicle search ${nameOrId}\``, {
    where: nameOrId,
  });
}
