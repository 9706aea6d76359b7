import { coreTables } from './001-core-tables.js';
import { postgresNameSearch } from './002-postgres-name-search.js';
import { sqliteNameSearch } from './002-sqlite-name-search.js';
import { eventLocationAliases } from './003-event-location-aliases.js';
import { incidentsAndReview } from './004-incidents-and-review.js';
import { reviewLog } from './005-review-log.js';
import { resolutionKeys } from './006-resolution-keys.js';
import { postgresReviewFacts } from './007-postgres-review-facts.js';
import { reviewFacts } from './007-review-facts.js';
import { eventListIndexes } from './008-event-list-indexes.js';
import { postgresEventListIndexes } from './008-postgres-event-list-indexes.js';
import { mentionDocumentIndex } from './009-mention-document-index.js';
import { resolutionLookups } from './010-resolution-lookups.js';
import { eventSpanIndexes } from './011-event-span-indexes.js';
import { placeFacetCounts, postgresPlaceFacetCounts } from './012-place-facet-counts.js';
import { eventCoveringIndexes } from './013-event-covering-indexes.js';
import { entityDisplayNames } from './014-entity-display-names.js';
import type { Migration, StoreDialect } from './migration.js';

export type { Migration, StoreDialect } from './migration.js';
export { migrate } from './migrate.js';

const ALL: Migration[] = [
  coreTables,
  sqliteNameSearch,
  postgresNameSearch,
  eventLocationAliases,
  incidentsAndReview,
  reviewLog,
  resolutionKeys,
  reviewFacts,
  postgresReviewFacts,
  eventListIndexes,
  postgresEventListIndexes,
  mentionDocumentIndex,
  resolutionLookups,
  eventSpanIndexes,
  placeFacetCounts,
  postgresPlaceFacetCounts,
  eventCoveringIndexes,
  entityDisplayNames,
];

/**
 * The migrations a dialect runs, in version order: the portable ones and its own.
 *
 * @example
 * migrationsFor('sqlite').map((m) => m.version) // [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
 */
export function migrationsFor(dialect: StoreDialect): Migration[] {
  return ALL.filter((m) => m.dialect === undefined || m.dialect === dialect).sort((a, b) => a.version - b.version);
}
