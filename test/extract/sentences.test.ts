import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document-reader.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { corpusDocuments } from '../support/corpus.js';

const sentences = (text: string) => splitSentences(readDocument(text, 'text')).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps footnote markers after the full stop with the first sentence', () => {
    expect(
      sentences(
        "IS announced the group's formation on 23 June 2015 and appointed Rustam Asildarov as its leader.[2][3] Although it was defeated militarily as an organized force by 2017, some lone wolves still act on behalf of the Islamic State.[4][5]",
      ),
    ).toEqual([
      "IS announced the group's formation on 23 June 2015 and appointed Rustam Asildarov as its leader.[2][3]",
      'Although it was defeated militarily as an organized force by 2017, some lone wolves still act on behalf of the Islamic State.[4][5]',
    ]);
  });

  it('does not stop at abbreviations, initials, times or decimals', () => {
    expect(
      sentences(
        "The U.S. State Department designated the group on May 26, 2011. Five women were shot dead as worshippers left St. George's church. In Derbent, at about 6 p.m., attackers opened fire. Lt. Col. A. B. Musa said 2.5 tonnes were seized.",
      ),
    ).toEqual([
      'The U.S. State Department designated the group on May 26, 2011.',
      "Five women were shot dead as worshippers left St. George's church.",
      'In Derbent, at about 6 p.m., attackers opened fire.',
      'Lt. Col. A. B. Musa said 2.5 tonnes were seized.',
    ]);
  });

  it('leaves a bullet marker out and splits a bullet holding several sentences', () => {
    const text =
      '- March 29, 2010: Two women blew themselves up on Moscow Metro trains at the Lubyanka and Park Kultury stations (40 killed, 100+ wounded). Umarov claimed responsibility two days later.[1]';
    const found = splitSentences(readDocument(text, 'text'));
    expect(found.map((s) => s.text)).toEqual([
      'March 29, 2010: Two women blew themselves up on Moscow Metro trains at the Lubyanka and Park Kultury stations (40 killed, 100+ wounded).',
      'Umarov claimed responsibility two days later.[1]',
    ]);
    expect(found[0]!.start).toBe(2);
  });

  it('closes a sentence after a quotation or a parenthesis', () => {
    expect(
      sentences(
        'A police spokesman said: "The attackers came from the forest." Residents fled. (Update: officials later put the toll at 22 dead.) No group has claimed it.',
      ),
    ).toEqual([
      'A police spokesman said: "The attackers came from the forest."',
      'Residents fled.',
      '(Update: officials later put the toll at 22 dead.)',
      'No group has claimed it.',
    ]);
  });

  it('gives exact spans and paragraph indexes on every corpus document', () => {
    for (const { text } of corpusDocuments()) {
      const doc = readDocument(text, 'text');
      const found = splitSentences(doc);
      for (const s of found) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        const line = doc.body[s.paragraph]!;
        expect(s.start >= line.start && s.end <= line.end).toBe(true);
      }
    }
  });

  it('finishes quickly on 100k characters of stops, brackets and mixed scripts', () => {
    const junk = 'U.S. [1]. Вилаят. ولاية.. A. 3.5 "x." ([a])? '.repeat(2500).slice(0, 100_000);
    const started = performance.now();
    expect(() => sentences(junk)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
