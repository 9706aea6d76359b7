import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { postgresWhere } from './postgres/url.js';
import type { Store } from './store.js';

/** Where the knowledge base lives. */
export interface StoreOptions {
  /**
   * A SQLite file (its folder is created when missing), `:memory:`, or a PostgreSQL URL
   * (`postgres://user:password@host:5432/database`, the database created beforehand).
   */
  path: string;
  /** How long to wait for another process's SQLite lock before giving up (default 5 s). */
  busyTimeoutMs?: number;
}

/**
 * Whether a `--db` value names a PostgreSQL database rather than a SQLite file.
 *
 * @example
 * isPostgresUrl('postgresql://localhost/chronicle') // true
 * isPostgresUrl('data/chronicle.db') // false
 */
export function isPostgresUrl(path: string): boolean {
  return /^postgres(ql)?:\/\//i.test(path);
}

/**
 * A `--db` value as it may be shown to a person: a URL without its password, a path as given.
 *
 * @example
 * databaseLabel('postgres://kb:secret@db/chronicle') // 'postgres://kb@db/chronicle'
 */
export function databaseLabel(path: string): string {
  return isPostgresUrl(path) ? postgresWhere(path) : path;
}

/**
 * Opens the knowledge base the options name: PostgreSQL for a `postgres://` or
 * `postgresql://` URL, otherwise SQLite, creating the folder of its file if needed. Each
 * backend is loaded only when used.
 *
 * @example
 * const store = await openStore({ path: 'data/chronicle.db' });
 * const shared = await openStore({ path: 'postgres://chronicle@localhost:5432/chronicle' });
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (isPostgresUrl(options.path)) {
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(options.path);
  }
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(options.path, { busyTimeoutMs: options.busyTimeoutMs });
}
