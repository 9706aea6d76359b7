import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** Where the knowledge base lives. */
export interface StoreOptions {
  /** A SQLite file (its folder is created when missing), or `:memory:`. */
  path: string;
  /** How long to wait for another process's lock before giving up (default 5 s). */
  busyTimeoutMs?: number;
}

/**
 * Opens the knowledge base the options name, creating the folder of its file if needed.
 *
 * @example
 * const store = await openStore({ path: 'data/chronicle.db' });
 * const impatient = await openStore({ path: 'data/chronicle.db', busyTimeoutMs: 100 });
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  return openSqliteStore(options.path, { busyTimeoutMs: options.busyTimeoutMs });
}
