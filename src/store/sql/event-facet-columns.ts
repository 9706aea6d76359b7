import type { EventFacet } from '../store.js';

/** A facet read from the event row itself: its SQL over a row alias (`e`, `new`, `old`). */
export type ColumnFacet = Exclude<EventFacet, 'perpetrator'>;

/**
 * The SQL of each facet that is a column (or part of one) of `events`, over a row alias. The
 * counting triggers of migration 8 and the filtered facet queries both read this, so the
 * precomputed and the counted figures cannot drift apart. A missing value counts as ''.
 *
 * @example
 * FACET_SQL.year('e') // "coalesce(substr(e.date_start, 1, 4), '')"
 */
export const FACET_SQL: Record<ColumnFacet, (row: string) => string> = {
  year: (row) => `coalesce(substr(${row}.date_start, 1, 4), '')`,
  category: (row) => `${row}.category`,
  subtype: (row) => `${row}.subtype`,
  admin1: (row) => `coalesce(${row}.location_admin1, '')`,
  country: (row) => `${row}.location_country`,
  attribution: (row) => `${row}.attribution`,
};
