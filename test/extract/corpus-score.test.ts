import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractionSchema, type Extraction } from '../../src/model/index.js';
import { detectFormat, readDocument } from '../../src/extract/document-reader.js';
import { extract } from '../../src/extract/pipeline.js';
import { basename } from 'node:path';
import { corpusDocuments, fixtureDocuments, SCHEMA_PATH, SCORER_PATH, type CorpusDocument } from '../support/corpus.js';

interface Figures {
  f1: number | null;
  slot_accuracy?: number | null;
  recall?: number | null;
}
interface Scores {
  events: { violent: Figures; organizational: Figures };
  relations: Figures;
  organizations: { names: Figures };
}
interface Scorer {
  scoreDocument(gold: unknown, pred: unknown): { tally: unknown };
  addTallies(a: unknown, b: unknown): unknown;
  summarize(tally: unknown): Scores;
}

const documents = corpusDocuments();
const fixtures = fixtureDocuments();
const seed = documents.filter((d) => d.folder === 'seed');
const dev = documents.filter((d) => d.folder === 'dev');
let scorer: Scorer;
const predictions = new Map<CorpusDocument, Extraction>();

function scoresOf(docs: CorpusDocument[]): Scores {
  const tallies = docs.map((d) => scorer.scoreDocument(d.gold, predictions.get(d)).tally);
  return scorer.summarize(tallies.reduce((a, b) => scorer.addTallies(a, b)));
}

const fmt = (x: number | null | undefined) => (x == null ? 'n/a' : x.toFixed(3));

describe('extraction of the corpus, scored by the shared scorer', () => {
  beforeAll(async () => {
    scorer = (await import(pathToFileURL(SCORER_PATH).href)) as Scorer;
    for (const doc of [...documents, ...fixtures])
      predictions.set(doc, extract({ id: doc.id, raw: doc.text, fileName: basename(doc.textPath) }));
    const rows = [
      ...[...documents, ...fixtures].map((d) => [`${d.folder}/${d.id}`, scoresOf([d])] as const),
      ['dev (micro)', scoresOf(dev)] as const,
      ['all (micro)', scoresOf(documents)] as const,
      ...(fixtures.length > 0 ? [['fixtures (micro)', scoresOf(fixtures)] as const] : []),
    ];
    console.log(
      [
        'document                                       eventF1  slots  orgEvF1  relF1  orgAliasRecall',
        ...rows.map(([name, s]) =>
          [
            name.padEnd(46),
            fmt(s.events.violent.f1).padStart(7),
            fmt(s.events.violent.slot_accuracy).padStart(6),
            fmt(s.events.organizational.f1).padStart(8),
            fmt(s.relations.f1).padStart(6),
            fmt(s.organizations.names.recall).padStart(15),
          ].join(' '),
        ),
      ].join('\n'),
    );
  });

  it('validates every extraction against the codebook schema and the shared JSON Schema', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
    for (const [doc, pred] of predictions) {
      expect(ExtractionSchema.safeParse(pred).error?.issues ?? [], doc.id).toEqual([]);
      expect(validate(pred), `${doc.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('keeps every evidence span equal to the text it points at', () => {
    for (const [doc, pred] of predictions) {
      // Offsets point into the text read from the document: the raw text itself for plain text.
      const { text } = readDocument(doc.text, detectFormat(doc.textPath, doc.text));
      for (const fact of [...pred.events, ...pred.relations]) {
        expect(text.slice(fact.evidence.start, fact.evidence.end), doc.id).toBe(fact.evidence.text);
      }
    }
  });

  it('meets the required bars on the seed document', () => {
    const s = scoresOf(seed);
    expect(s.events.violent.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.events.violent.slot_accuracy).toBeGreaterThanOrEqual(0.85);
    expect(s.relations.f1).toBeGreaterThanOrEqual(0.7);
    expect(s.organizations.names.recall).toBe(1);
  });

  it('meets the required event F1 on the dev folder (micro-averaged)', () => {
    expect(scoresOf(dev).events.violent.f1).toBeGreaterThanOrEqual(0.6);
  });

  it('meets the next milestone on the whole corpus (micro-averaged)', () => {
    const s = scoresOf(documents);
    expect(s.events.violent.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.events.violent.slot_accuracy).toBeGreaterThanOrEqual(0.85);
    expect(s.relations.f1).toBeGreaterThanOrEqual(0.8);
    expect(s.organizations.names.recall).toBeGreaterThanOrEqual(0.95);
  });

  // The bars the issue sets for documents beyond the corpus, checked on the ones written for the project.
  it.skipIf(fixtures.length === 0)(
    'meets the targets for unseen documents on the documents written for the project',
    () => {
      const s = scoresOf(fixtures);
      expect(s.events.violent.f1).toBeGreaterThanOrEqual(0.8);
      expect(s.relations.f1).toBeGreaterThanOrEqual(0.65);
    },
  );
});
