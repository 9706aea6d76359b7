import { entityPath, kindOfId } from '../paths.js';
import { Link } from './link.js';

/**
 * A name that links to its profile when the knowledge base knows the entity.
 *
 * @example
 * <EntityRef entity={profile.parent} />
 */
export function EntityRef({ entity }: { entity: { id: string | null; name: string } }) {
  if (!entity.id) return <span dir="auto">{entity.name}</span>;
  return (
    <Link href={entityPath({ id: entity.id, type: kindOfId(entity.id) })} dir="auto">
      {entity.name}
    </Link>
  );
}
