/**
 * Extracts every corpus document and prints the scorer's full report for each, then the
 * micro-averaged figures: the loop for improving extraction rules.
 *
 * @example
 * npx tsx scripts/score-corpus.ts            # every document
 * npx tsx scripts/score-corpus.ts vilayat    # documents whose id contains "vilayat"
 */
import { pathToFileURL } from 'node:url';
import { extract } from '../src/extract/pipeline.js';
import { corpusDocuments, SCORER_PATH } from '../test/support/corpus.js';

interface Scorer {
  scoreDocument(gold: unknown, pred: unknown): { tally: unknown; details: unknown };
  addTallies(a: unknown, b: unknown): unknown;
  summarize(tally: unknown): unknown;
  renderReport(scores: unknown, options: { title?: string; details?: unknown }): string;
}

const scorer = (await import(pathToFileURL(SCORER_PATH).href)) as Scorer;
const filter = process.argv[2] ?? '';
let total: unknown;
for (const doc of corpusDocuments().filter((d) => `${d.folder}/${d.id}`.includes(filter))) {
  const pred = extract({ id: doc.id, raw: doc.text, fileName: `${doc.id}.txt` });
  const { tally, details } = scorer.scoreDocument(doc.gold, pred);
  total = total === undefined ? tally : scorer.addTallies(total, tally);
  console.log(scorer.renderReport(scorer.summarize(tally), { title: `${doc.folder}/${doc.id}`, details }));
  console.log();
}
if (total !== undefined)
  console.log(scorer.renderReport(scorer.summarize(total), { title: 'all documents (micro-averaged)' }));
