import type { EntityKind } from '../../src/model/taxonomy.js';

const COLLECTION: Record<EntityKind, string> = { organization: 'organizations', person: 'people' };

/**
 * The UI path of an entity's profile.
 *
 * @example
 * entityPath({ id: 'per_rustam-asildarov', type: 'person' }) // '/people/per_rustam-asildarov'
 */
export function entityPath({ id, type }: { id: string; type: EntityKind }): string {
  return `/${COLLECTION[type]}/${encodeURIComponent(id)}`;
}

/**
 * The kind of entity an id names, from its prefix (`org_`, `per_`).
 *
 * @example
 * kindOfId('per_rustam-asildarov') // 'person'
 */
export function kindOfId(id: string): EntityKind {
  return id.startsWith('per_') ? 'person' : 'organization';
}

/**
 * The UI path of an event.
 *
 * @example
 * eventPath('evt_doc_ev-4') // '/events/evt_doc_ev-4'
 */
export function eventPath(id: string): string {
  return `/events/${encodeURIComponent(id)}`;
}

/**
 * The UI path of a stored document.
 *
 * @example
 * documentPath('islamic-state-caucasus-province') // '/documents/islamic-state-caucasus-province'
 */
export function documentPath(id: string): string {
  return `/documents/${encodeURIComponent(id)}`;
}
