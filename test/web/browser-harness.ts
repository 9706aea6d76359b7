import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { createApp } from '../../src/api/app.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { readDocumentFile } from '../../src/kb/document-input.js';
import { ingestDocument } from '../../src/kb/ingest.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

/** Debian's chromium unless CHRONICLE_CHROMIUM names another; tests never download a browser. */
export const CHROMIUM = process.env.CHRONICLE_CHROMIUM ?? '/usr/bin/chromium';
export const ROOT = resolve(import.meta.dirname, '../..');
export const RESULTS_DIR = join(ROOT, 'test-results');
const DEMO = join(ROOT, 'data/demo/islamic-state-caucasus-province.txt');

/**
 * Why the browser tests cannot run here, or null when they can. Without Chromium they skip
 * on a workstation and fail in CI, where a missing browser is a broken machine.
 *
 * @example
 * describe.skipIf(browserUnavailable() !== null)('profile page', …)
 */
export function browserUnavailable(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const reason = `${CHROMIUM} is absent (install it with: apt-get install chromium, or set CHRONICLE_CHROMIUM)`;
  if (process.env.CI) throw new Error(`browser tests need Chromium in CI: ${reason}`);
  console.warn(`skipping the browser tests: ${reason}`);
  return reason;
}

/** The UI built into a temporary folder, served with the API over a temporary database. */
export interface UiServer {
  url: string;
  browser: Browser;
  /** A fresh page at the given viewport, or 1280×800. */
  open(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  stop(): Promise<void>;
}

/**
 * Builds the UI, ingests the demo document into a scratch database (or opens the database
 * given), serves both on a free port and launches headless Chromium.
 *
 * @example
 * const ui = await startUiServer();
 * const page = await ui.open('/search?q=IS-CP');
 */
export async function startUiServer({ databasePath }: { databasePath?: string } = {}): Promise<UiServer> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-web-'));
  const dist = join(dir, 'dist');
  await build({
    configFile: join(ROOT, 'web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true },
  });
  let store: Store | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    store = await openStore({ path: databasePath ?? join(dir, 'kb.db') });
    if (databasePath === undefined) await ingestDocument(store, await readDocumentFile(DEMO));
    server = await startServer(createApp(store, { webRoot: dist }), { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    await stop();
    throw error;
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  const { url } = server;
  const running = browser;
  return {
    url,
    browser: running,
    async open(path, viewport = { width: 1280, height: 800 }) {
      const page = await running.newPage({ viewport });
      // Fail a step well inside the test's own timeout, so the report names the step.
      page.setDefaultTimeout(10_000);
      // The UI must work offline: any request off this server fails the page.
      await page.route('**/*', (route) =>
        route.request().url().startsWith(url) ? route.continue() : route.abort('internetdisconnected'),
      );
      await page.goto(`${url}${path}`);
      return page;
    },
    stop,
  };
}
