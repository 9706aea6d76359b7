import { z } from 'zod';

/**
 * A casualty count as the codebook defines it (§5): an exact integer, or a range whose
 * `max` is null when open-ended ("at least 7" → `{ min: 7, max: null }`).
 *
 * @example
 * countBounds({ min: 7, max: null }) // [7, null]
 */
export const CountRangeSchema = z.object({
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative().nullable(),
});
export const CountSchema = z.union([z.number().int().nonnegative(), CountRangeSchema]);
export type CountRange = z.infer<typeof CountRangeSchema>;
export type Count = z.infer<typeof CountSchema>;

/** `[min, max]` of a count; `max` null means unbounded. */
export function countBounds(count: Count): [number, number | null] {
  return typeof count === 'number' ? [count, count] : [count.min, count.max];
}

/** A count from bounds, collapsing an exact range to an integer. */
export function countFromBounds(min: number, max: number | null): Count {
  return min === max ? min : { min, max };
}

/** Adds counts: the sum of minimums and, when every side is bounded, of maximums. */
export function addCounts(a: Count, b: Count): Count {
  const [amin, amax] = countBounds(a);
  const [bmin, bmax] = countBounds(b);
  return countFromBounds(amin + bmin, amax === null || bmax === null ? null : amax + bmax);
}

/** Renders a count for people: `6`, `5–6`, `7+`. */
export function formatCount(count: Count): string {
  const [min, max] = countBounds(count);
  if (max === null) return `${min}+`;
  return min === max ? String(min) : `${min}–${max}`;
}
