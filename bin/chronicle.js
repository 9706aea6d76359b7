#!/usr/bin/env node
// Runs the compiled CLI (`npm run build`, done by `npm install`) when it is newer than the
// sources; otherwise the TypeScript through tsx, which is slower to start but always current.
import { fileURLToPath, URL } from 'node:url';
import { isStale } from '../scripts/stale.mjs';

const at = (path) => fileURLToPath(new URL(path, import.meta.url));
if (isStale(at('../dist/.built'), [at('../src')])) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
} else {
  await import('../dist/cli/main.js');
}
