import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import type { StoreError } from '../../model/index.js';
import type { StoreDialect } from '../migrations/index.js';
import type { KbDatabase } from './schema.js';

/** A parameter SQL can bind on both dialects. */
export type SqlValue = string | number | bigint | null;

/**
 * One statement of portable SQL with positional `?` placeholders. It runs on the connection
 * of the transaction the caller is inside, or on any free connection outside one.
 */
export interface SqlStatement<P extends SqlValue[], R> {
  all(...params: P): Promise<R[]>;
  get(...params: P): Promise<R | undefined>;
  run(...params: P): Promise<{ changes: number }>;
}

/**
 * An open knowledge base as the store's logic sees it, whatever the database: statements of
 * portable SQL, kysely for built queries, and transactions that both of them join.
 *
 * @example
 * const count = conn.prepare<[string], { n: number }>('select count(*) as n from events where document_id = ?');
 * await conn.transaction(async () => (await count.get('doc-1'))?.n);
 */
export interface SqlConnection {
  readonly dialect: StoreDialect;
  /** Where the knowledge base lives, as a person names it: a file path or a URL without its password. */
  readonly where: string;
  /** Built queries; inside `transaction` they run in that transaction. */
  readonly db: Kysely<KbDatabase>;
  prepare<P extends SqlValue[] = [], R = unknown>(text: string): SqlStatement<P, R>;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws.
   * A transaction inside another is a savepoint of the outer one.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** This database's failure as a `StoreError` that says what happened where, or null when it is not one. */
  storeError(error: unknown, doing?: string): StoreError | null;
  close(): Promise<void>;
}

/** What a dialect does to begin, end and nest transactions on the one session it holds. */
export interface TransactionSession {
  exec(statement: string): Promise<void>;
}

/**
 * Nesting for transactions: the outermost `begin`s on a session the dialect lends for the
 * duration, inner ones are savepoints. The session travels with the async call chain
 * (AsyncLocalStorage), so statements and kysely queries issued anywhere inside `work` find it
 * without every function passing a handle along.
 *
 * @example
 * const scope = transactionScope<PoolClient>();
 * scope.run(() => pool.connect(), (c) => c.release(), (c) => ({ exec: (s) => c.query(s) }), work);
 */
export function transactionScope<S>() {
  const current = new AsyncLocalStorage<{ session: S; depth: number }>();
  return {
    /** The session of the transaction the caller is inside, if any. */
    session: (): S | undefined => current.getStore()?.session,
    async run<T>(
      lend: () => Promise<S>,
      giveBack: (session: S) => void | Promise<void>,
      control: (session: S) => TransactionSession,
      begin: string,
      work: () => Promise<T>,
    ): Promise<T> {
      const outer = current.getStore();
      if (outer) {
        const savepoint = `nested_${outer.depth + 1}`;
        const ctl = control(outer.session);
        await ctl.exec(`savepoint ${savepoint}`);
        try {
          const result = await current.run({ session: outer.session, depth: outer.depth + 1 }, work);
          await ctl.exec(`release savepoint ${savepoint}`);
          return result;
        } catch (error) {
          await ctl.exec(`rollback to savepoint ${savepoint}`);
          throw error;
        }
      }
      const session = await lend();
      const ctl = control(session);
      try {
        await ctl.exec(begin);
        try {
          const result = await current.run({ session, depth: 0 }, work);
          await ctl.exec('commit');
          return result;
        } catch (error) {
          await ctl.exec('rollback');
          throw error;
        }
      } finally {
        await giveBack(session);
      }
    },
  };
}
