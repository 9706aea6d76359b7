import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm start`'s script until it prints its URL; returns the URL, the output so far and a stop function. */
function start(db: string): Promise<{ url: string; output: string; stop: () => Promise<number | string | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', '--db', db], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', CI: 'true' },
  });
  let output = '';
  // The exit code, or the signal that ended the process when it did not handle it.
  const exited = new Promise<number | string | null>((done) =>
    child.on('exit', (code, signal) => done(code ?? signal)),
  );
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Chronicle is running at (http:\/\/localhost:\d+)\n/.exec(output)?.[1];
      if (url) resolve({ url, output, stop: () => (child.kill('SIGTERM'), exited) });
    });
    void exited.then((code) => reject(new Error(`start exited with ${code} before serving:\n${output}`)));
  });
}

describe('npm start', () => {
  it('builds the UI if needed, loads the demo once, serves UI and API and stops cleanly on SIGTERM', async () => {
    // What `prestart` runs before the server; it returns at once when web/dist is fresh.
    execFileSync(process.execPath, ['scripts/build-web-if-stale.mjs'], { cwd: ROOT, stdio: 'ignore' });
    const db = join(dir, 'fresh', 'chronicle.db');
    const first = await start(db);
    expect(first.output).toMatch(
      /Loaded the demo article into .*chronicle\.db:\n {2}added +islamic-state-caucasus-province/,
    );
    const health = (await (await fetch(`${first.url}/health`)).json()) as { documents: number };
    expect(health.documents).toBe(1);
    const page = await fetch(first.url);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    // The built UI, whose script is a hashed bundle, not the source page.
    expect(await page.text()).toMatch(/<script type="module"[^>]* src="\/assets\/index-[\w-]+\.js">/);
    const search = await fetch(`${first.url}/api/v1/search?q=${encodeURIComponent('Вилаят Кавказ')}`);
    expect(((await search.json()) as { items: { name: string }[] }).items[0]?.name).toMatch(/Caucasus Province/);
    expect(await first.stop()).toBe(0);

    const second = await start(db);
    expect(second.output).not.toMatch(/Loaded the demo article/);
    expect(await second.stop()).toBe(0);
  }, 120_000);
});
