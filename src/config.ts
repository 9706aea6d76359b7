import { InputError } from './model/errors.js';

/** Where Chronicle keeps its data and where the API listens. */
export interface Config {
  /** Path of the SQLite database file. */
  readonly db: string;
  readonly port: number;
  readonly host: string;
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
});

/**
 * Resolves the configuration once, flags over environment over defaults, into a frozen object.
 *
 * @example
 * resolveConfig({ port: '9000' }, { CHRONICLE_DB: 'kb.db' }) // { db: 'kb.db', port: 9000, host: '127.0.0.1' }
 */
export function resolveConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const pick = (flag: string | number | undefined, name: string) =>
    flag !== undefined ? { value: String(flag), from: `--${name}` } : undefined;
  const fromEnv = (variable: string) =>
    env[variable] !== undefined && env[variable] !== '' ? { value: env[variable], from: variable } : undefined;

  const db = pick(flags.db, 'db') ?? fromEnv('CHRONICLE_DB');
  const port = pick(flags.port, 'port') ?? fromEnv('PORT');
  const host = pick(flags.host, 'host') ?? fromEnv('CHRONICLE_HOST');

  return Object.freeze({
    db: db ? nonEmpty(db.value, db.from) : DEFAULT_CONFIG.db,
    port: port ? parsePort(port.value, port.from) : DEFAULT_CONFIG.port,
    host: host ? nonEmpty(host.value, host.from) : DEFAULT_CONFIG.host,
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
