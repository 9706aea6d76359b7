import { sql, type Kysely } from 'kysely';
import { eventListIndexStatements } from './event-list-index-statements.js';
import { facetCountStatements } from './facet-count-triggers.js';
import type { Migration } from './migration.js';

/**
 * SQLite only: what keeps the event list and its facets fast at a million events.
 *
 * - Indexes in the list's sort orders (`date`, `killed`, `injured`, with the id as tiebreak),
 *   one by category then date for the common filtered page, places by name, region, country
 *   and alias (without case), and perpetrators by entity.
 * - `event_facet_counts`: how many listed events (those with an `incidents` row) have each
 *   facet value, per review status and category, kept exact by the triggers of
 *   `facetCountStatements`. Facets filtered by nothing but category and review status read
 *   it; others are counted.
 *
 * @example
 * // select value, sum(n) from event_facet_counts where facet = 'year' and review_status != 'rejected' group by value
 */
export const eventListIndexes: Migration = {
  version: 8,
  name: 'event list indexes and facet counts',
  dialect: 'sqlite',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    const run = (text: string) => sql.raw(text).execute(db);
    for (const text of eventListIndexStatements((column) => `${column} collate nocase`)) await run(text);
    for (const text of facetCountStatements({ table: 'event_facet_counts', prefix: 'event_facets' })) await run(text);
  },
};
