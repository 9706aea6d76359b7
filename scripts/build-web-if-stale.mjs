// `npm start` runs this first: builds the web UI when web/dist is missing or older than what it
// is built from, and otherwise returns at once, so a start with a fresh UI stays fast.
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { isStale } from './stale.mjs';

const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
// The UI bundles the shared model (taxonomy, EDTF, counts) from src/model as well as its own files.
const SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts', 'src/model'].map(at);

if (isStale(at('web/dist/index.html'), SOURCES)) {
  process.stdout.write('Building the web UI (web/dist is missing or older than its sources)…\n');
  // Loaded only when needed: importing vite alone costs a noticeable part of a second.
  const { build } = await import('vite');
  await build({ configFile: at('web/vite.config.ts'), logLevel: 'warn' });
}
