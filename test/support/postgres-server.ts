// Vitest global setup: a PostgreSQL server for the suites that run on both backends. It uses
// CHRONICLE_TEST_DATABASE_URL when set (a server whose user may create databases); otherwise it
// starts a throwaway cluster from the installed binaries and removes it after the run.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL of the test server's maintenance database, or null when PostgreSQL is unavailable. */
    postgresUrl: string | null;
  }
}

/** The newest installed PostgreSQL's binaries: on PATH, or in Debian's versioned folders. */
function postgresBinaries(): string | null {
  const onPath = (process.env.PATH ?? '').split(':').find((dir) => dir && existsSync(join(dir, 'initdb')));
  if (onPath) return onPath;
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return null;
  const versions = readdirSync(debian)
    .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(debian, versions[0], 'bin') : null;
}

/** A TCP port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port for PostgreSQL');
  return address.port;
}

/**
 * Creates and starts a cluster in a temporary folder: trust logins on loopback only, no fsync
 * (its data dies with the run). PostgreSQL refuses to run as root, so root runs it as the
 * `postgres` user the Debian package creates.
 */
async function startCluster(bin: string): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', settings, 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`could not start a PostgreSQL cluster with ${bin}${stderr ? `: ${stderr}` : ''}`, {
      cause: error,
    });
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Provides `postgresUrl` to the tests. Without a server or binaries the PostgreSQL suites are
 * left out with one message on a workstation; in CI (`CI` set) that fails the run instead.
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.CHRONICLE_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return undefined;
  }
  const bin = postgresBinaries();
  if (bin === null) {
    const reason =
      'no PostgreSQL binaries (initdb) on PATH or in /usr/lib/postgresql; install postgresql or set CHRONICLE_TEST_DATABASE_URL';
    if (process.env.CI) throw new Error(`the PostgreSQL suites need a server in CI: ${reason}`);
    console.warn(`skipping the PostgreSQL suites: ${reason}`);
    project.provide('postgresUrl', null);
    return undefined;
  }
  const cluster = await startCluster(bin);
  project.provide('postgresUrl', cluster.url);
  return cluster.stop;
}
