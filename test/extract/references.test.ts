import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document-reader.js';
import { parseReferences } from '../../src/extract/references.js';
import { corpusDocuments } from '../support/corpus.js';

const corpus = (id: string) => corpusDocuments().find((d) => d.id === id)!;
const withoutEvidence = (doc: ReturnType<typeof readDocument>) =>
  parseReferences(doc).map(({ evidence: _evidence, ...source }) => source);

describe('parseReferences', () => {
  it('parses a ^ list with work, publisher, date, accessed and quote', () => {
    const { text, gold } = corpus('islamic-state-caucasus-province');
    expect(withoutEvidence(readDocument(text, 'text'))).toEqual((gold as { sources: unknown[] }).sources);
  });

  it('numbers a complete ^ list from 1 after its names note', () => {
    const { text, gold } = corpus('caucasus-emirate');
    const sources = withoutEvidence(readDocument(text, 'text'));
    expect(sources.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const expected = (gold as { sources: { label: string; date?: string; title?: string }[] }).sources;
    expect(sources.map((s) => [s.title, s.date])).toEqual(expected.map((s) => [s.title, s.date]));
  });

  it('splits "Publisher, May 26, 2011." in a numbered Sources list', () => {
    const { text, gold } = corpus('caucasus-emirate-profile');
    expect(withoutEvidence(readDocument(text, 'text'))).toEqual((gold as { sources: unknown[] }).sources);
  });

  it('keeps each source line as its evidence', () => {
    const { text } = corpus('caucasus-emirate-profile');
    for (const source of parseReferences(readDocument(text, 'text'))) {
      expect(text.slice(source.evidence!.start, source.evidence!.end)).toBe(source.evidence!.text);
    }
  });

  it('reads a url and a plain year', () => {
    const doc = readDocument(
      'Troops retook the town.[1]\nReferences\n1. "Army retakes Bama from insurgents". Premium Times. 2015. https://example.org/bama',
      'text',
    );
    expect(withoutEvidence(doc)).toEqual([
      {
        label: '1',
        title: 'Army retakes Bama from insurgents',
        publisher: 'Premium Times',
        date: '2015',
        url: 'https://example.org/bama',
      },
    ]);
  });

  it('finishes quickly on 100k characters of quotes, stops and digits', () => {
    const junk = '^"A. B." U.S. 2015, May 26, 2011. Retrieved 1. https://x '.repeat(1800).slice(0, 100_000);
    const started = performance.now();
    const commas = `^"T". ${'Publisher, 12 Main '.repeat(6000)}`;
    expect(() => parseReferences(readDocument(`${junk}\n${commas}`, 'text'))).not.toThrow();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
