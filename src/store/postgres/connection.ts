import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { migrate, migrationsFor } from '../migrations/index.js';
import { transactionScope, type SqlConnection, type SqlStatement, type SqlValue } from '../sql/connection.js';
import type { KbDatabase } from '../sql/schema.js';
import { postgresStoreError } from './errors.js';
import { postgresWhere } from './url.js';

/**
 * Advisory lock keys, one per database (PostgreSQL scopes advisory locks to the database).
 * Migrations take theirs for the session; every transaction takes the writer's, so writes
 * follow one another as on SQLite: resolution reads what it then writes, and two ingests
 * interleaved would each miss the other's entities.
 */
const MIGRATIONS_LOCK = `hashtext('chronicle: migrations')`;
const WRITER_LOCK = `hashtext('chronicle: writer')`;

/**
 * `?` placeholders as PostgreSQL's `$1, $2, …`. The statements are the store's own, and none
 * of them holds a `?` inside a literal or uses a `?` operator.
 *
 * @example
 * numbered('select * from names where entity_id = ? and text = ?') // '… entity_id = $1 and text = $2'
 */
export function numbered(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/**
 * Type parsers of this pool only (the global ones belong to whoever else uses pg in the
 * process): `count(*)` and `sum()` of integers are bigint, which pg returns as strings; the
 * store's counts are far below 2^53, so they come back as numbers as SQLite gives them.
 */
function storeTypes(): pg.TypeOverrides {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  return types;
}

/** A pool client that kysely may use but not give back: its owner (a transaction, a migration) does. */
const lent = (client: pg.PoolClient): PostgresPoolClient => ({
  query: client.query.bind(client) as PostgresPoolClient['query'],
  release: () => {},
});

/**
 * Opens a PostgreSQL knowledge base at `url` and applies pending migrations, under an
 * advisory lock so that two processes opening one new database do not both build it. An
 * unreachable server, a refused login or a missing database is a `StoreError` that names
 * the URL without its password.
 *
 * @example
 * const conn = await openPostgresConnection('postgres://chronicle@localhost:5432/chronicle');
 * await conn.prepare<[], { n: number }>('select count(*) as n from events').get();
 */
export async function openPostgresConnection(url: string): Promise<SqlConnection> {
  const where = postgresWhere(url);
  // A server that never answers (a wrong host behind a firewall) fails in 30 s, not the system's minutes.
  const pool = new pg.Pool({ connectionString: url, types: storeTypes(), connectionTimeoutMillis: 30_000 });
  // An idle client whose server went away is dropped by the pool, and the next query opens a
  // new one (or fails with a StoreError); without a listener the event would end the process.
  pool.on('error', () => undefined);
  const scope = transactionScope<pg.PoolClient>();
  const kyselyPool: PostgresPool = {
    // Inside a transaction kysely's queries run on its client, so they join it.
    connect: async () => {
      const session = scope.session();
      return session ? lent(session) : pool.connect();
    },
    end: () => pool.end(),
  };
  const db = new Kysely<KbDatabase>({ dialect: new PostgresDialect({ pool: kyselyPool }) });
  try {
    await migrateLocked(pool, where);
  } catch (error) {
    await db.destroy();
    throw postgresStoreError(error, where) ?? error;
  }

  // Named statements are parsed and planned once per pooled connection, then reused.
  const names = new Map<string, string>();
  const statementName = (text: string) => {
    let name = names.get(text);
    if (name === undefined) {
      name = `chronicle_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      names.set(text, name);
    }
    return name;
  };

  return {
    dialect: 'postgres',
    where,
    db,
    prepare<P extends SqlValue[], R>(text: string): SqlStatement<P, R> {
      const config = { name: statementName(text), text: numbered(text) };
      const query = (params: P) =>
        (scope.session() ?? pool).query<R & pg.QueryResultRow>({ ...config, values: params });
      return {
        all: async (...params) => (await query(params)).rows,
        get: async (...params) => (await query(params)).rows[0],
        run: async (...params) => ({ changes: (await query(params)).rowCount ?? 0 }),
      };
    },
    transaction: (work) =>
      scope.run(
        () => pool.connect(),
        (client) => client.release(),
        (client) => ({ exec: async (statement) => void (await client.query(statement)) }),
        `begin; select pg_advisory_xact_lock(${WRITER_LOCK})`,
        work,
      ),
    storeError: (error, doing) => postgresStoreError(error, where, doing),
    close: () => db.destroy(),
  };
}

/** Runs the pending migrations on one client that holds the migrations lock meanwhile. */
async function migrateLocked(pool: pg.Pool, where: string): Promise<void> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(`select pg_advisory_lock(${MIGRATIONS_LOCK})`);
    const db = new Kysely({
      dialect: new PostgresDialect({ pool: { connect: async () => lent(client), end: async () => {} } }),
    });
    try {
      await migrate(db, migrationsFor('postgres'), where);
    } finally {
      await client.query(`select pg_advisory_unlock(${MIGRATIONS_LOCK})`);
    }
  } catch (error) {
    // A session lock lives as long as its connection: one left in doubt must not go back to the pool.
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.release(broken);
  }
}
