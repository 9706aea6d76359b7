import { findEntity } from '../kb/find-entity.js';
import { InputError, NotFoundError } from '../model/errors.js';
import type { EntityKind } from '../model/taxonomy.js';
import type { Store } from '../store/store.js';

/**
 * The entity id a filter parameter (`group`, `person`) names by id or by any name. An
 * unknown name is a bad filter value (400 naming the parameter), not a missing resource.
 *
 * @example
 * await entityParam(store, 'group', 'IS-CP', 'organization') // 'org_islamic-state-caucasus-province'
 */
export async function entityParam(store: Store, param: string, value: string, kind: EntityKind): Promise<string> {
  try {
    return (await findEntity(store, value, kind)).id;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const hint = `/api/v1/search?q=${encodeURIComponent(value)}`;
    throw new InputError(`query parameter '${param}': no ${kind} matches "${value}"; look it up at ${hint}`, {
      where: param,
      cause: error,
    });
  }
}

/**
 * The ids of the `group` and `person` parameters given, for filters that require all of them.
 *
 * @example
 * await entityParams(store, { group: 'IS-CP', person: 'Asildarov' }) // ['org_…', 'per_…']
 */
export async function entityParams(store: Store, { group, person }: { group?: string; person?: string }) {
  const ids: string[] = [];
  if (group !== undefined) ids.push(await entityParam(store, 'group', group, 'organization'));
  if (person !== undefined) ids.push(await entityParam(store, 'person', person, 'person'));
  return ids;
}
