import { InputError } from './model/errors.js';

/** Where Chronicle keeps its data and where the API listens. */
export interface Config {
  /** Path of the SQLite database file, or a PostgreSQL URL. */
  readonly db: string;
  readonly port: number;
  readonly host: string;
  /** How long to wait for another process's lock on the database before giving up, in ms. */
  readonly busyTimeoutMs: number;
}

/** Settings given on the command line; each one overrides its environment variable. */
export interface ConfigFlags {
  db?: string;
  port?: string | number;
  host?: string;
}

/**
 * The defaults when neither a flag nor the environment says otherwise.
 *
 * @example
 * DEFAULT_CONFIG.port // 8080
 */
export const DEFAULT_CONFIG: Config = Object.freeze({
  db: './data/chronicle.db',
  port: 8080,
  // Loopback by default: the API has no authentication, so exposing it is a deliberate choice (CHRONICLE_HOST=0.0.0.0).
  host: '127.0.0.1',
  // Long enough to outwait another command's ingest of an article, short enough to answer a person.
  busyTimeoutMs: 5000,
});

/**
 * Resolves the configuration once, flags over environment over defaults, into a frozen object.
 * The lock wait has no flag: `CHRONICLE_BUSY_TIMEOUT_MS` sets it for scripts and tests.
 *
 * @example
 * resolveConfig({ port: '9000' }, { CHRONICLE_DB: 'kb.db' }) // { db: 'kb.db', port: 9000, host: '127.0.0.1', busyTimeoutMs: 5000 }
 */
export function resolveConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const pick = (flag: string | number | undefined, name: string) =>
    flag !== undefined ? { value: String(flag), from: `--${name}` } : undefined;
  const fromEnv = (variable: string) =>
    env[variable] !== undefined && env[variable] !== '' ? { value: env[variable], from: variable } : undefined;

  const db = pick(flags.db, 'db') ?? fromEnv('CHRONICLE_DB');
  const port = pick(flags.port, 'port') ?? fromEnv('PORT');
  const host = pick(flags.host, 'host') ?? fromEnv('CHRONICLE_HOST');
  const busyTimeout = fromEnv('CHRONICLE_BUSY_TIMEOUT_MS');

  return Object.freeze({
    db: db ? nonEmpty(db.value, db.from) : DEFAULT_CONFIG.db,
    port: port ? parsePort(port.value, port.from) : DEFAULT_CONFIG.port,
    host: host ? nonEmpty(host.value, host.from) : DEFAULT_CONFIG.host,
    busyTimeoutMs: busyTimeout ? milliseconds(busyTimeout.value, busyTimeout.from) : DEFAULT_CONFIG.busyTimeoutMs,
  });
}

function nonEmpty(value: string, from: string): string {
  if (value.trim() === '') throw new InputError(`${from}: must not be empty`, { where: from });
  return value;
}

// Port 0 is allowed on purpose: the system picks a free port (tests rely on it).
function parsePort(value: string, from: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) {
    throw new InputError(`${from}: invalid port "${value}" (expected a whole number from 0 to 65535)`, { where: from });
  }
  return port;
}

function milliseconds(value: string, from: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new InputError(`${from}: invalid duration "${value}" (expected a whole number of milliseconds)`, {
      where: from,
    });
  }
  return Number(value);
}
