import { sql, type Kysely } from 'kysely';
import { eventListIndexStatements } from './event-list-index-statements.js';
import { facetCountStatements } from './facet-count-triggers.js';
import type { Migration } from './migration.js';

/**
 * PostgreSQL's step 8, the counterpart of SQLite's: the list's indexes and the
 * `event_facet_counts` table with the same meaning, kept exact by trigger functions that the
 * generator of SQLite's triggers writes from the same statements (see facet-count-triggers.ts).
 * Places are indexed by `lower()`, PostgreSQL's case-blind comparison, and place keys compare
 * in byte order whatever the database's locale.
 * A PostgreSQL knowledge base reaches this step in the open that creates it, with no events yet
 * to count.
 *
 * @example
 * // select value, sum(n) from event_facet_counts where facet = 'year' and review_status <> 'rejected' group by value
 */
export const postgresEventListIndexes: Migration = {
  version: 8,
  name: 'event list indexes and facet counts',
  dialect: 'postgres',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    const run = (text: string) => sql.raw(text).execute(db);
    for (const text of eventListIndexStatements((column) => `lower(${column})`)) await run(text);
    // Incident merging reads place keys by prefix (`key >= 'dagestan|' and key < 'dagestan|\uffff'`),
    // which holds only in byte order; a database created under another locale would compare by it.
    await run(`alter table event_place_keys alter column key type text collate "C"`);

    for (const text of facetCountStatements({ table: 'event_facet_counts', prefix: 'event_facets' }, 'postgres'))
      await run(text);
  },
};
