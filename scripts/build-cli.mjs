// `npm run build` (and `prepare`, so `npm install` runs it): compiles src/ to dist/ for the CLI,
// copies the data files the code reads beside itself, and stamps the build. `bin/chronicle.js`
// runs dist/ only while the stamp is newer than every source, so a stale build is never used.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

// A fresh folder, so files of removed sources do not linger.
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });
// Data the modules read at run time (`new URL('./data/…', import.meta.url)`) must sit where they expect it.
cpSync(`${root}src`, dist, { recursive: true, filter: (path) => !/\.tsx?$/.test(path) });
writeFileSync(`${dist}/.built`, `${new Date().toISOString()}\n`);
