import { REVIEW_STATUSES } from '../../model/index.js';
import type { NameHit, NameSearchKeys, Store } from '../store.js';
import type { SqlConnection } from './connection.js';
import { documentReader } from './documents.js';
import { entityReader } from './entities.js';
import { attackSummarizer } from './event-attacks.js';
import { eventPlaceCounter } from './event-places.js';
import { eventFacetCounter } from './event-facets.js';
import { eventPager } from './event-page.js';
import { eventLister } from './events.js';
import { ingester } from './ingest.js';
import { provenanceReader } from './provenance.js';
import { relationLister } from './relations.js';
import { reviewer } from './review.js';
import { reviewLogReader } from './review-log.js';

/** What a backend adds to the shared logic: its own name search. */
export interface SqlStoreParts {
  /** Candidate names for a search, by the database's own full-text or trigram index. */
  searchNames(keys: NameSearchKeys, limit: number): Promise<NameHit[]>;
}

/**
 * The `Store` over an open connection, whatever its database: the shared logic of
 * src/store/sql, the backend's name search, and every failure of the database turned into
 * a `StoreError` that names the knowledge base. Closing the store closes the connection.
 *
 * @example
 * const conn = await openSqliteConnection('data/chronicle.db');
 * const store = sqlStore(conn, { searchNames: sqliteNameSearch(conn) });
 * await store.events({ from: '2015' });
 */
export function sqlStore(conn: SqlConnection, { searchNames }: SqlStoreParts): Store {
  const documents = documentReader(conn);
  const entities = entityReader(conn);
  const events = eventLister(conn);
  const ingest = ingester(conn);
  const review = reviewer(conn, ingest);
  const reviewLog = reviewLogReader(conn);
  // Runtime failures (a lock taken by another writer, a full disk) speak like the open did.
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (error) {
        throw conn.storeError(error) ?? error;
      }
    };

  return {
    ingest: async (input) => {
      try {
        return await ingest(input);
      } catch (error) {
        throw conn.storeError(error, `ingest of "${input.document.id}" undone, nothing written`) ?? error;
      }
    },
    documents: guard(documents.list),
    document: guard(documents.get),
    documentHash: guard(documents.hash),
    sources: guard(documents.sources),
    entities: guard(entities.list),
    entity: guard(entities.get),
    merges: guard(entities.merges),
    relations: guard(relationLister(conn)),
    events: guard(events),
    eventPage: guard(eventPager(conn)),
    eventFacets: guard(eventFacetCounter(conn)),
    eventPlaces: guard(eventPlaceCounter(conn)),
    // An event asked for by id is found whatever its review status.
    event: guard(async (id: string) => (await events({ id, reviewStatuses: REVIEW_STATUSES }))[0] ?? null),
    attackSummary: guard(attackSummarizer(conn)),
    searchNames: guard(searchNames),
    review: guard(review),
    auditLog: guard(async (filter) => (await reviewLog.audit(filter ?? {})).items),
    conflicts: guard(async (filter) => (await reviewLog.conflicts(filter ?? {})).items),
    auditPage: guard(reviewLog.audit),
    conflictPage: guard(reviewLog.conflicts),
    provenance: guard(provenanceReader(conn)),
    close: () => conn.close(),
  };
}
