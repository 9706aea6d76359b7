import { sqlStore } from '../sql/sql-store.js';
import type { Store } from '../store.js';
import { openSqliteConnection, type SqliteOptions } from './connection.js';
import { sqliteNameSearch } from './search.js';

/**
 * Opens a SQLite knowledge base at `path` (created if missing, `:memory:` for a
 * throwaway one), migrated to the current schema, names searched with FTS5.
 *
 * @example
 * const store = await openSqliteStore('data/chronicle.db');
 * const events = await store.events({ from: '2015', to: '2016' });
 * await store.close();
 */
export async function openSqliteStore(path: string, options: SqliteOptions = {}): Promise<Store> {
  const conn = await openSqliteConnection(path, options);
  return sqlStore(conn, { searchNames: sqliteNameSearch(conn) });
}
