import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { InputError } from '../model/errors.js';
import type { Store } from '../store/store.js';

/** Whether a command may create the database file or needs one that exists already. */
export type DatabaseUse = 'create' | 'existing';

/**
 * Opens the configured database for one command and closes it afterwards, even on failure.
 * Reading commands refuse a path with no database, so a typo in `--db` does not quietly
 * answer from an empty new file.
 *
 * @example
 * const hits = await withStore(config, 'existing', (store) => searchEntities(store, 'IS-CP', { limit: 5 }));
 */
export async function withStore<T>(config: Config, use: DatabaseUse, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openDatabase(config, use);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * Opens the configured database, a SQLite file or a PostgreSQL URL; only a command that may
 * create it accepts a path with no file yet.
 *
 * @example
 * const store = await openDatabase(resolveConfig(), 'create');
 */
export async function openDatabase(config: Config, use: DatabaseUse): Promise<Store> {
  // Loaded on use, so `--help` and usage errors answer without loading the database layer.
  const { openStore, isPostgresUrl } = await import('../store/open-store.js');
  // A PostgreSQL database is created beforehand; connecting to a missing one fails by itself.
  if (isPostgresUrl(config.db)) return openStore({ path: config.db });
  const path = resolve(config.db);
  if (use === 'existing' && !existsSync(path)) {
    throw new InputError(
      `${config.db}: no database here yet (add documents with 'chronicle ingest FILE --db ${config.db}')`,
      {
        where: config.db,
      },
    );
  }
  return openStore({ path, busyTimeoutMs: config.busyTimeoutMs });
}
