/**
 * Extracts every annotated document — the shared corpus, then the documents written for this
 * project — and prints the scorer's full report for each, then the micro-averaged figures of each
 * group: the loop for improving extraction rules.
 *
 * @example
 * npx tsx scripts/score-corpus.ts            # every document
 * npx tsx scripts/score-corpus.ts vilayat    # documents whose id contains "vilayat"
 */
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract } from '../src/extract/pipeline.js';
import { corpusDocuments, fixtureDocuments, SCORER_PATH, type CorpusDocument } from '../test/support/corpus.js';

interface Scorer {
  scoreDocument(gold: unknown, pred: unknown): { tally: unknown; details: unknown };
  addTallies(a: unknown, b: unknown): unknown;
  summarize(tally: unknown): unknown;
  renderReport(scores: unknown, options: { title?: string; details?: unknown }): string;
}

const scorer = (await import(pathToFileURL(SCORER_PATH).href)) as Scorer;
const filter = process.argv[2] ?? '';

function scoreGroup(title: string, documents: CorpusDocument[]): void {
  let total: unknown;
  for (const doc of documents.filter((d) => `${d.folder}/${d.id}`.includes(filter))) {
    const pred = extract({ id: doc.id, raw: doc.text, fileName: basename(doc.textPath) });
    const { tally, details } = scorer.scoreDocument(doc.gold, pred);
    total = total === undefined ? tally : scorer.addTallies(total, tally);
    console.log(scorer.renderReport(scorer.summarize(tally), { title: `${doc.folder}/${doc.id}`, details }));
    console.log();
  }
  if (total !== undefined) console.log(`${scorer.renderReport(scorer.summarize(total), { title })}\n`);
}

scoreGroup('corpus (micro-averaged)', corpusDocuments());
scoreGroup('documents written for the project (micro-averaged)', fixtureDocuments());
