import { REVIEW_STATUSES } from '../../model/index.js';
import type { Store } from '../store.js';
import { openSqliteConnection, sqliteStoreError, type SqliteOptions } from './connection.js';
import { sqliteDocuments } from '../sql/documents.js';
import { sqliteEntities } from '../sql/entities.js';
import { sqliteAttackSummary } from '../sql/event-attacks.js';
import { sqliteEventFacets } from '../sql/event-facets.js';
import { sqliteEventPage } from '../sql/event-page.js';
import { sqliteEvents } from '../sql/events.js';
import { sqliteIngest } from '../sql/ingest.js';
import { sqliteProvenance } from '../sql/provenance.js';
import { sqliteRelations } from '../sql/relations.js';
import { sqliteReview } from '../sql/review.js';
import { sqliteReviewLog } from '../sql/review-log.js';
import { sqliteReviewPages } from '../sql/review-pages.js';
import { sqliteNameSearch } from './search.js';

/**
 * Opens a SQLite knowledge base at `path` (created if missing, `:memory:` for a
 * throwaway one), migrated to the current schema.
 *
 * @example
 * const store = await openSqliteStore('data/chronicle.db');
 * const events = await store.events({ from: '2015', to: '2016' });
 * await store.close();
 */
export async function openSqliteStore(path: string, options: SqliteOptions = {}): Promise<Store> {
  const { raw, db } = await openSqliteConnection(path, options);
  const documents = sqliteDocuments(db);
  const entities = sqliteEntities(db);
  const events = sqliteEvents(db);
  const ingest = sqliteIngest(raw);
  const searchNames = sqliteNameSearch(raw);
  const review = sqliteReview(raw, ingest);
  const reviewLog = sqliteReviewLog(raw);
  const reviewPages = sqliteReviewPages(db);
  // Runtime failures (a lock taken by another writer, a full disk) speak like the open did.
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>) =>
    async (...args: A): Promise<Awaited<R>> => {
      try {
        return await fn(...args);
      } catch (error) {
        throw sqliteStoreError(error, path) ?? error;
      }
    };

  return {
    ingest: async (input) => {
      try {
        return ingest(input);
      } catch (error) {
        throw sqliteStoreError(error, path, `ingest of "${input.document.id}" undone, nothing written`) ?? error;
      }
    },
    documents: guard(documents.list),
    document: guard(documents.get),
    documentHash: guard(documents.hash),
    sources: guard(documents.sources),
    entities: guard(entities.list),
    entity: guard(entities.get),
    merges: guard(entities.merges),
    relations: guard(sqliteRelations(db)),
    events: guard(events),
    eventPage: guard(sqliteEventPage(db)),
    eventFacets: guard(sqliteEventFacets(db)),
    // An event asked for by id is found whatever its review status.
    event: guard(async (id: string) => (await events({ id, reviewStatuses: REVIEW_STATUSES }))[0] ?? null),
    attackSummary: guard(sqliteAttackSummary(db)),
    searchNames: guard(searchNames),
    review: guard(review),
    auditLog: guard(reviewLog.audit),
    conflicts: guard(reviewLog.conflicts),
    auditPage: guard(reviewPages.audit),
    conflictPage: guard(reviewPages.conflicts),
    provenance: guard(sqliteProvenance(raw)),
    close: () => db.destroy(),
  };
}
