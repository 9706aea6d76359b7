// Output-equality guard for speed work: `tsx bench/output-guard.ts snapshot <dir>` writes the extraction
// JSON of every corpus document and a sample of the benchmark corpus; `... check <dir>` extracts again and
// lists every document whose JSON differs. Keep snapshots outside the repository: they are a before/after
// pair for one change, not a fixture.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/pipeline.js';
import { CORPUS_DIR, FIXTURES_DIR, corpusDocuments } from '../test/support/corpus.js';
import { buildBenchCorpus, type BenchDocument } from './corpus.js';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'snapshot' && mode !== 'check') || !dir) {
  throw new Error(`usage: output-guard.ts snapshot|check <dir> (got ${process.argv.slice(2).join(' ')})`);
}

// Every corpus document as is, then the bench's corpus: the corpus and the project's documents, then varied
// copies (rotated paragraphs, shifted years).
function guardDocuments(): BenchDocument[] {
  const corpus = corpusDocuments().map((d) => ({ id: `${d.folder}-${d.id}`, fileName: `${d.id}.txt`, raw: d.text }));
  const dirs = ['seed', 'dev'].map((d) => join(CORPUS_DIR, d)).filter((d) => existsSync(d));
  const sample = buildBenchCorpus([...dirs, FIXTURES_DIR], 1024 * 1024);
  return [...corpus, ...sample];
}

mkdirSync(dir, { recursive: true });
let differ = 0;
const docs = guardDocuments();
for (const doc of docs) {
  const json = `${JSON.stringify(extract({ id: doc.id, raw: doc.raw, fileName: doc.fileName }), null, 1)}\n`;
  const path = join(dir, `${doc.id}.json`);
  if (mode === 'snapshot') writeFileSync(path, json);
  else if (!existsSync(path) || readFileSync(path, 'utf8') !== json) {
    differ++;
    writeFileSync(join(dir, `${doc.id}.now.json`), json);
    process.stdout.write(`differs: ${doc.id}\n`);
  }
}
process.stdout.write(`${mode}: ${docs.length} documents, ${differ} differ\n`);
if (differ > 0) process.exitCode = 1;
