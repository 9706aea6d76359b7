import pg from 'pg';
import { StoreError } from '../../model/index.js';

/** What a connection failure (Node's error code) means for the person who gave the URL. */
const NETWORK: Record<string, string> = {
  ECONNREFUSED: 'no PostgreSQL server answers there; start it or check the host and port',
  ENOTFOUND: 'the host name is unknown; check the host in the URL',
  EAI_AGAIN: 'the host name cannot be resolved right now; check the network or the host in the URL',
  ETIMEDOUT: 'the server did not answer in time; check the host, the port and any firewall',
  ECONNRESET: 'the server closed the connection; it may have restarted, try again',
};

/** What PostgreSQL's SQLSTATE codes (or their two-letter classes) mean here. */
const SQLSTATE: Record<string, string> = {
  '28P01': 'authentication failed; check the user name and password in the URL',
  '28000': "the server refused this user; check the user name in the URL and the server's pg_hba.conf",
  '3D000': 'the database does not exist; create it (createdb) or fix its name in the URL',
  '42501':
    'the user lacks a privilege the knowledge base needs (creating tables, or the pg_trgm extension); ask the database owner',
  '40001': 'another transaction changed the same facts at the same time; try again',
  '40P01': 'two transactions waited on each other (deadlock) and this one was stopped; try again',
  '53100': "the server's disk is full; free space on it",
  '53200': 'the server is out of memory; try again later',
  '53300': 'the server has too many connections; close some or raise max_connections',
  '57P01': 'the server is shutting down; try again once it is back',
  '57P03': 'the server is starting up or in recovery; try again shortly',
  '23': 'a fact breaks a rule of the schema',
  '08': 'the connection to the server failed; check that it is running and reachable',
};

/**
 * Turns a PostgreSQL or connection failure into a `StoreError` that says what happened at which
 * database (named without its password), or returns null when the error is neither.
 *
 * @example
 * postgresStoreError(err, 'postgres://kb@db:5432/chronicle')?.message
 * // 'postgres://kb@db:5432/chronicle: the database does not exist; create it (createdb) or fix its name in the URL'
 */
export function postgresStoreError(error: unknown, where: string, doing?: string): StoreError | null {
  const what = describe(error);
  if (what === null) return null;
  return new StoreError(`${where}: ${doing ? `${doing}: ` : ''}${what}`, { where, cause: error });
}

function describe(error: unknown): string | null {
  if (error instanceof pg.DatabaseError) {
    const code = error.code ?? '';
    const meaning = SQLSTATE[code] ?? SQLSTATE[code.slice(0, 2)];
    // A broken rule is only useful with PostgreSQL's words for which one.
    if (code.startsWith('23')) return `${meaning} (${error.message}${error.detail ? `: ${error.detail}` : ''})`;
    return meaning ? `${meaning} (${error.message})` : `PostgreSQL failed (${code}): ${error.message}`;
  }
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code in NETWORK) {
    return NETWORK[error.code]!;
  }
  // pg reports timeouts and a connection lost mid-query as plain Errors, told apart by their words.
  if (error instanceof Error && /^Connection terminated due to connection timeout/.test(error.message)) {
    return NETWORK.ETIMEDOUT!;
  }
  if (error instanceof Error && /^timeout exceeded when trying to connect/.test(error.message)) {
    return 'every connection of this process to the server is busy; try again';
  }
  if (error instanceof Error && /^Connection terminated/.test(error.message)) {
    return `the connection to the server was lost (${error.message}); check that it is running and try again`;
  }
  return null;
}
