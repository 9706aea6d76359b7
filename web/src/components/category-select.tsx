import { EVENT_CATEGORIES, type EventCategory } from '../../../src/model/taxonomy.js';
import { CodeSelect } from './code-select.js';

/**
 * The event category filter every page shares, its options read from the codebook's taxonomy;
 * the empty choice means every category.
 *
 * @example
 * <CategorySelect value={filter.category} onChange={(category) => update({ category })} />
 */
export function CategorySelect({
  value,
  onChange,
}: {
  value: EventCategory | undefined;
  onChange: (category: EventCategory | null) => void;
}) {
  return (
    <CodeSelect
      label="Category"
      values={EVENT_CATEGORIES}
      value={value ?? ''}
      blank="all"
      onChange={(category) => onChange((category || null) as EventCategory | null)}
    />
  );
}
