import { sql, type Kysely } from 'kysely';
import { facetCountStatements } from './facet-count-triggers.js';
import type { Migration } from './migration.js';

/**
 * SQLite only: `event_place_facet_counts`, the facet counts of `event_facet_counts` once more
 * for each admin-1 region and each country (`place_kind` 'admin1' or 'country', `place` its
 * value in lower case), kept exact by the same triggers. Facets of a place filter read the
 * larger of the two and count only the events the place matches otherwise (by name, alias or
 * the other kind), so a region of tens of thousands of events answers from a few hundred rows.
 *
 * @example
 * // select facet, value, sum(n) from event_place_facet_counts where place_kind = 'admin1' and place = 'dagestan' group by 1, 2
 */
export const placeFacetCounts: Migration = {
  version: 11,
  name: 'facet counts per region and country',
  dialect: 'sqlite',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    const statements = facetCountStatements({
      table: 'event_place_facet_counts',
      prefix: 'event_place_facets',
      scopes: (['admin1', 'country'] as const).map((kind) => ({
        columns: ['place_kind', 'place'],
        values: (row: string) => [`'${kind}'`, `lower(${row}.location_${kind})`],
      })),
    });
    for (const text of statements) await sql.raw(text).execute(db);
  },
};
