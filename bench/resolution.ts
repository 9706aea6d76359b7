import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from '../src/extract/document-reader.js';
import { extract } from '../src/extract/pipeline.js';
import type { IngestInput } from '../src/store/store.js';
import { openStore } from '../src/store/open-store.js';
import { buildResolutionCorpus } from './resolution-corpus.js';

/** One line of the bench table. */
export interface ResolutionRow {
  measure: string;
  chronicle: string;
  baseline: string;
  ratio: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/**
 * Resolution cost as the store grows: generated documents (see `buildResolutionCorpus`) are
 * extracted up front, untimed, then ingested one by one into a fresh store, each ingest
 * (landing, entity resolution, incident merging) timed alone. Reports the median ms/document
 * of the ten documents up to 10, 100 and `count`, and the last against the first: the cost of
 * a document should stay roughly flat however many came before.
 *
 * @example
 * rows.push(...(await benchResolution(corpusDirs(), 1000)));
 */
export async function benchResolution(dirs: string[], count: number): Promise<ResolutionRow[]> {
  const docs = buildResolutionCorpus(dirs, count);
  const inputs: IngestInput[] = docs.map((d) => {
    const { text } = readDocument(d.raw, 'text');
    return {
      document: { id: d.id, text, format: 'text', contentHash: createHash('sha256').update(d.raw).digest('hex') },
      extraction: extract({ id: d.id, raw: d.raw, format: 'text' }),
    };
  });
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-resolution-'));
  const perDocument: number[] = [];
  try {
    const store = await openStore({ path: join(dir, 'store.db') });
    for (const input of inputs) {
      const start = performance.now();
      await store.ingest(input);
      perDocument.push(performance.now() - start);
    }
    const merged = (await store.events()).filter((e) => e.reports.length > 1).length;
    const entities = (await store.entities()).length;
    await store.close();
    const at = (n: number) => median(perDocument.slice(Math.max(0, n - 10), n));
    const marks = [...new Set([10, 100, count])].filter((n) => n <= count);
    const first = at(marks[0] as number);
    const last = at(count);
    return [
      ...marks.map((n) => ({
        measure: `ingest + resolution at ${fmt(n, 0)} documents`,
        chronicle: `${fmt(at(n), 2)} ms/doc`,
        baseline: n === marks[0] ? 'itself' : `${fmt(first, 2)} ms/doc at ${marks[0]}`,
        ratio: `${fmt(at(n) / first, 2)}×`,
      })),
      {
        measure: `resolution growth, ${fmt(count, 0)} vs ${marks[0]} documents`,
        chronicle: `${fmt(last / first, 2)}× (${fmt(entities, 0)} entities, ${fmt(merged, 0)} merged incidents)`,
        baseline: 'must stay ≤ 3×',
        ratio: last / first <= 3 ? 'within' : 'over',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
