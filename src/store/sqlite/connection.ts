import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely';
import { StoreError } from '../../model/index.js';
import { migrate, migrationsFor } from '../migrations/index.js';
import { transactionScope, type SqlConnection, type SqlStatement, type SqlValue } from '../sql/connection.js';
import type { KbDatabase } from '../sql/schema.js';

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
 * One writer at a time on the one connection: a transaction holds the lock across its
 * awaits, and work from outside it (a statement, a kysely query) waits until it ends, so
 * no reader sees half a document and no write lands inside another's transaction.
 */
function connectionLock() {
  let tail: Promise<void> = Promise.resolve();
  let held = 0;
  return {
    async acquire(): Promise<() => void> {
      let release!: () => void;
      const previous = tail;
      tail = new Promise<void>((resolve) => (release = resolve));
      held += 1;
      await previous;
      return () => {
        held -= 1;
        release();
      };
    },
    /** Resolves once no transaction holds the lock. */
    async idle(): Promise<void> {
      while (held > 0) await tail;
    },
  };
}

/** Kysely's SQLite driver, made to wait for a transaction held by someone else. */
class LockedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly ready: () => Promise<void>,
  ) {}
  init = () => this.inner.init();
  acquireConnection = async () => {
    await this.ready();
    return this.inner.acquireConnection();
  };
  beginTransaction = (c: DatabaseConnection, s: TransactionSettings) => this.inner.beginTransaction(c, s);
  commitTransaction = (c: DatabaseConnection) => this.inner.commitTransaction(c);
  rollbackTransaction = (c: DatabaseConnection) => this.inner.rollbackTransaction(c);
  releaseConnection = (c: DatabaseConnection) => this.inner.releaseConnection(c);
  destroy = () => this.inner.destroy();
}

/**
 * Opens (or creates) a SQLite knowledge base with WAL, foreign keys and a busy timeout,
 * and applies pending migrations. A locked, corrupt or newer-schema database is refused
 * with a `StoreError`, and nothing in it is changed.
 *
 * @example
 * const conn = await openSqliteConnection('data/chronicle.db');
 * await conn.prepare<[], { n: number }>('select count(*) as n from events').get();
 */
export async function openSqliteConnection(path: string, options: SqliteOptions = {}): Promise<SqlConnection> {
  // `??`, not a spread of defaults: callers pass `busyTimeoutMs: undefined` when nothing was configured.
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  let raw: Database.Database;
  try {
    raw = new Database(path);
  } catch (error) {
    throw sqliteStoreError(error, path) ?? error;
  }
  const lock = connectionLock();
  // A transaction's session is the connection's lock, held for as long as the transaction runs.
  const scope = transactionScope<{ release: () => void }>();
  // Inside a transaction the caller holds the lock already; outside, wait for whoever does.
  const ready = () => (scope.session() ? Promise.resolve() : lock.idle());
  const dialect = new SqliteDialect({ database: raw });
  const db = new Kysely<KbDatabase>({
    dialect: {
      createAdapter: () => dialect.createAdapter(),
      createDriver: () => new LockedDriver(dialect.createDriver(), ready),
      createIntrospector: (k) => dialect.createIntrospector(k),
      createQueryCompiler: () => dialect.createQueryCompiler(),
    },
  });
  try {
    raw.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
    // Reading the schema first makes a non-database file fail here, before any pragma writes to it.
    raw.prepare('select count(*) from sqlite_master').get();
    raw.pragma('foreign_keys = ON');
    await migrate(db, migrationsFor('sqlite'), path);
    if (path !== ':memory:') raw.pragma('journal_mode = WAL');
  } catch (error) {
    await db.destroy();
    throw sqliteStoreError(error, path) ?? error;
  }

  return {
    dialect: 'sqlite',
    where: path,
    db,
    prepare<P extends SqlValue[], R>(text: string): SqlStatement<P, R> {
      // Prepared on first use and kept: ingest runs the same few statements thousands of times.
      let statement: Database.Statement<P, R> | undefined;
      const now = <T>(use: (s: Database.Statement<P, R>) => T): T => use((statement ??= raw.prepare<P, R>(text)));
      // Inside a transaction the caller holds the lock: the statement runs at once, with no
      // wait to schedule (ingest runs thousands per document). Outside, it waits its turn.
      const run = <T>(use: (s: Database.Statement<P, R>) => T): Promise<T> => {
        if (scope.session() === undefined) return lock.idle().then(() => now(use));
        try {
          return Promise.resolve(now(use));
        } catch (error) {
          return Promise.reject(error);
        }
      };
      return {
        all: (...params) => run((s) => s.all(...params)),
        get: (...params) => run((s) => s.get(...params)),
        run: (...params) => run((s) => ({ changes: s.run(...params).changes })),
      };
    },
    transaction: (work) =>
      scope.run(
        async () => ({ release: await lock.acquire() }),
        (session) => session.release(),
        () => ({ exec: async (statement) => void raw.exec(statement) }),
        // IMMEDIATE takes the write lock up front: a second process fails at once with
        // SQLITE_BUSY instead of deep inside the work.
        'begin immediate',
        work,
      ),
    storeError: (error, doing) => sqliteStoreError(error, path, doing),
    close: () => db.destroy(),
  };
}
