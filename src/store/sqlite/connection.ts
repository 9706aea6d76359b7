import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { StoreError } from '../../model/index.js';
import { migrate, migrationsFor } from '../migrations/index.js';
import type { KbDatabase } from '../sql/schema.js';

/** An open SQLite knowledge base: the raw handle for prepared statements, kysely for queries. */
export interface SqliteConnection {
  raw: Database.Database;
  db: Kysely<KbDatabase>;
  path: string;
}

/** Connection settings; defaults suit an interactive tool. */
export interface SqliteOptions {
  /** How long to wait for another process's lock before giving up (default 5 s). */
  busyTimeoutMs?: number;
}

/** What SQLite's result codes mean for the person who opened the file. */
const MESSAGES: Record<string, string> = {
  SQLITE_BUSY: 'the database is locked by another process; close it there or try again',
  SQLITE_LOCKED: 'the database is locked by another connection; try again',
  SQLITE_NOTADB: 'the file is not a SQLite database (or it is encrypted)',
  SQLITE_CORRUPT: 'the database file is corrupt; restore it from a backup',
  SQLITE_CANTOPEN: 'the database file cannot be opened (missing folder or no permission)',
  SQLITE_READONLY: 'the database is read-only here',
  SQLITE_FULL: 'the disk is full',
  SQLITE_CONSTRAINT: 'a fact breaks a rule of the schema',
};

/**
 * Turns a SQLite failure into a `StoreError` that says what happened to which file, or
 * returns null when the error is not one of SQLite's.
 *
 * @example
 * sqliteStoreError(err, 'data/kb.db')?.message // 'data/kb.db: the database is locked by another process; …'
 * sqliteStoreError(err, 'data/kb.db', 'ingest of "a" undone')?.message // 'data/kb.db: ingest of "a" undone: a fact breaks …'
 */
export function sqliteStoreError(error: unknown, path: string, doing?: string): StoreError | null {
  if (!(error instanceof Database.SqliteError)) return null;
  const base = Object.keys(MESSAGES).find((code) => error.code === code || error.code.startsWith(`${code}_`));
  // A broken rule is only useful with SQLite's words for which one ("CHECK constraint failed: events_subtype").
  const what =
    base === 'SQLITE_CONSTRAINT'
      ? `${MESSAGES[base]} (${error.message})`
      : base
        ? MESSAGES[base]
        : `SQLite failed (${error.code}): ${error.message}`;
  return new StoreError(`${path}: ${doing ? `${doing}: ` : ''}${what}`, { where: path, cause: error });
}

/**
 * Opens (or creates) a SQLite knowledge base with WAL, foreign keys and a busy timeout,
 * and applies pending migrations. A locked, corrupt or newer-schema database is refused
 * with a `StoreError`, and nothing in it is changed.
 *
 * @example
 * const { db, raw } = await openSqliteConnection('data/chronicle.db');
 */
export async function openSqliteConnection(path: string, options: SqliteOptions = {}): Promise<SqliteConnection> {
  // `??`, not a spread of defaults: callers pass `busyTimeoutMs: undefined` when nothing was configured.
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  let raw: Database.Database;
  try {
    raw = new Database(path);
  } catch (error) {
    throw sqliteStoreError(error, path) ?? error;
  }
  const db = new Kysely<KbDatabase>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    raw.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
    // Reading the schema first makes a non-database file fail here, before any pragma writes to it.
    raw.prepare('select count(*) from sqlite_master').get();
    raw.pragma('foreign_keys = ON');
    // 64 MB of pages (the default is 2 MB): the indexes a list or facet query of a large
    // knowledge base reads stay in memory between requests.
    raw.pragma('cache_size = -65536');
    await migrate(db, migrationsFor('sqlite'), path);
    if (path !== ':memory:') raw.pragma('journal_mode = WAL');
  } catch (error) {
    await db.destroy();
    throw sqliteStoreError(error, path) ?? error;
  }
  return { raw, db, path };
}
