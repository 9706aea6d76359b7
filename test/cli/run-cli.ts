import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, where `bin/chronicle.js` lives. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Time allowed for a test that starts the CLI: each run loads the extractor and the database
 * layer (through tsx when the compiled CLI is older than the sources), on a machine that may be busy.
 */
export const CLI_TIMEOUT = 90_000;

/** What a CLI run left behind. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI (`node bin/chronicle.js …`) in a child process, as a user or a script would,
 * with no terminal attached and a clean environment for Chronicle's own variables.
 *
 * @example
 * const { code, stdout } = await runCli(['search', 'IS-CP', '--json', '--db', db]);
 */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const base: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
  for (const name of ['CHRONICLE_DB', 'CHRONICLE_HOST', 'PORT', 'CHRONICLE_DEBUG', 'CHRONICLE_BUSY_TIMEOUT_MS'])
    delete base[name];
  return new Promise((done) => {
    execFile(
      process.execPath,
      [resolve(ROOT, 'bin/chronicle.js'), ...args],
      { cwd: ROOT, env: { ...base, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The non-empty lines of a stream's output. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}
