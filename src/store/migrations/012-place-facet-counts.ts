import { sql, type Kysely } from 'kysely';
import { spansYearsSql } from '../sql/event-spans.js';
import { facetCountStatements } from './facet-count-triggers.js';
import type { Migration, StoreDialect } from './migration.js';

/**
 * The facet counts of `event_facet_counts` once more per place and per year, kept
 * exact by the same triggers, so facets of a region or of whole years answer from a few
 * hundred rows rather than by counting tens of thousands of events.
 *
 * - `event_place_facet_counts`: per admin-1 region and per country (`place_kind` 'admin1' or
 *   'country', `place` its value in lower case). Facets of a place filter read the larger of
 *   the two and count only the events the place matches otherwise (by name, alias or the other kind).
 * - `event_year_facet_counts`: per `year` in which an event starts and ends (see `spansYears`).
 *   Facets of whole years read the years and count only the few events spanning years.
 *
 * @example
 * // select facet, value, sum(n) from event_place_facet_counts where place_kind = 'admin1' and place = 'dagestan' group by 1, 2
 */
function placeFacetCountsOn(dialect: StoreDialect): Migration {
  return {
    version: 12,
    name: 'facet counts per region, country and year',
    dialect,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const places = facetCountStatements(
        {
          table: 'event_place_facet_counts',
          prefix: 'event_place_facets',
          scopes: (['admin1', 'country'] as const).map((kind) => ({
            columns: ['place_kind', 'place'],
            values: (row: string) => [`'${kind}'`, `lower(${row}.location_${kind})`],
          })),
        },
        dialect,
      );
      const years = facetCountStatements(
        {
          table: 'event_year_facet_counts',
          prefix: 'event_year_facets',
          scopes: [
            {
              columns: ['year'],
              values: (row: string) => [`case when not ${spansYearsSql(row)} then substr(${row}.date_start, 1, 4) end`],
            },
          ],
          watch: ['date_end'],
        },
        dialect,
      );
      for (const text of [...places, ...years]) await sql.raw(text).execute(db);
    },
  };
}

export const placeFacetCounts = placeFacetCountsOn('sqlite');
/** PostgreSQL's step 12: the same tables, kept by trigger functions of the same statements. */
export const postgresPlaceFacetCounts = placeFacetCountsOn('postgres');
