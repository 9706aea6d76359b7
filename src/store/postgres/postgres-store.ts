import { sqlStore } from '../sql/sql-store.js';
import type { Store } from '../store.js';
import { openPostgresConnection } from './connection.js';
import { postgresNameSearch } from './search.js';

/**
 * Opens the PostgreSQL knowledge base at `url` (the database must exist; its tables are created
 * or migrated on open), names searched with pg_trgm. Several processes may share it.
 *
 * @example
 * const store = await openPostgresStore('postgres://chronicle@localhost:5432/chronicle');
 * const events = await store.events({ from: '2015', to: '2016' });
 * await store.close();
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const conn = await openPostgresConnection(url);
  return sqlStore(conn, { searchNames: postgresNameSearch(conn) });
}
