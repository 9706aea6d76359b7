import { EVENT_CATEGORIES, type EventCategory } from '../../../src/model/taxonomy.js';
import { humanize } from '../format.js';

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
    <label>
      <span>Category</span>
      <select value={value ?? ''} onChange={(event) => onChange((event.target.value || null) as EventCategory | null)}>
        <option value="">all</option>
        {EVENT_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {humanize(c)}
          </option>
        ))}
      </select>
    </label>
  );
}
