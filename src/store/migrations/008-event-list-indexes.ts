import { sql, type Kysely } from 'kysely';
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
    // The filter columns ride along, so rows a filter drops are dropped without reading them.
    await run(`create index events_list_date on events (coalesce(date_start, ''), id, date_end, review_status)`);
    await run(
      `create index events_list_category_date on events (category, coalesce(date_start, ''), id, date_end, review_status)`,
    );
    for (const column of ['location_name', 'location_admin1', 'location_country'])
      await run(`create index events_place_${column} on events (${column} collate nocase)`);
    await run(`create index event_location_aliases_alias on event_location_aliases (alias collate nocase)`);
    await run(`create index incidents_list_killed on incidents (coalesce(killed_min, -1), id)`);
    await run(`create index incidents_list_injured on incidents (coalesce(injured_min, -1), id)`);
    await run(`create index event_perpetrators_entity_event on event_perpetrators (entity_id, event_id)`);

    for (const text of facetCountStatements({ table: 'event_facet_counts', prefix: 'event_facets' })) await run(text);
  },
};
