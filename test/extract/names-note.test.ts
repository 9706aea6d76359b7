import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document-reader.js';
import { parseAliasList, parseNameBlock, parseNamesNote } from '../../src/extract/names-note.js';
import { corpusDocuments } from '../support/corpus.js';

const corpus = (id: string) => readDocument(corpusDocuments().find((d) => d.id === id)!.text, 'text');
const line = (text: string) => ({ text, start: 0, end: text.length });

describe('parseNamesNote', () => {
  it('gives every name of the seed note its language, script and romanization', () => {
    const doc = corpus('islamic-state-caucasus-province');
    const names = parseNamesNote(doc.references[0]!);
    const gold = corpusDocuments()[0]!.gold as { organizations: { name: string; names: object[] }[] };
    const expected = gold.organizations
      .find((o) => o.name === 'Islamic State – Caucasus Province')!
      .names.filter(
        (n) =>
          (n as { lang: string; script: string }).script !== 'Latn' ||
          'romanized_from' in n ||
          (n as { lang: string }).lang === 'az',
      );
    expect(names.map(({ evidence: _e, ...n }) => n)).toEqual(expected);
    for (const n of names) expect(doc.text.slice(n.evidence.start, n.evidence.end)).toBe(n.text);
  });

  it('reads semicolon-separated notes and "romanized:" without a space', () => {
    const doc = corpus('caucasus-emirate');
    const names = parseNamesNote(doc.references[0]!);
    expect(names.map((n) => [n.text, n.lang, n.script, n.romanized_from])).toEqual([
      ['Имарат Кавказ', 'ce', 'Cyrl', undefined],
      ['Imarat Kavkaz', 'ce', 'Latn', 'Имарат Кавказ'],
      ['Кавказский Эмират', 'ru', 'Cyrl', undefined],
      ['Kavkazskiy Emirat', 'ru', 'Latn', 'Кавказский Эмират'],
      ['إمارة القوقاز', 'ar', 'Arab', undefined],
      ['Imārat al-Qawqāz', 'ar', 'Latn', 'إمارة القوقاز'],
      ['კავკასიის საამირო', 'ka', 'Geor', undefined],
      ["k'avk'asiis saamiro", 'ka', 'Latn', 'კავკასიის საამირო'],
      ['Qafqaz Əmirliyi', 'az', 'Latn', undefined],
      ['Kafkas Emirliği', 'tr', 'Latn', undefined],
    ]);
  });

  it('skips labels that are not languages', () => {
    const names = parseNamesNote(
      line('^Hausa: Jama’atu Ahlis Sunna Lidda’awati wal-Jihad, lit. People Committed to the Prophet’s Teachings'),
    );
    expect(names.map((n) => [n.text, n.lang])).toEqual([['Jama’atu Ahlis Sunna Lidda’awati wal-Jihad', 'ha']]);
  });
});

describe('parseNameBlock', () => {
  it('pairs native names with their romanizations, guessing the language from the script', () => {
    const doc = corpus('caucasus-emirate');
    const names = parseNameBlock(doc.body[2]!);
    expect(names.map((n) => [n.text, n.lang, n.script, n.romanized_from])).toEqual([
      ['Имарат Кавказ', 'ru', 'Cyrl', undefined],
      ['Imarat Kavkaz', 'ru', 'Latn', 'Имарат Кавказ'],
      ['Кавказский Эмират', 'ru', 'Cyrl', undefined],
      ['Kavkazskiy Emirat', 'ru', 'Latn', 'Кавказский Эмират'],
      ['إمارة القوقاز', 'ar', 'Arab', undefined],
      ['Imārat al-Qawqāz', 'ar', 'Latn', 'إمارة القوقاز'],
    ]);
    for (const n of names) expect(doc.text.slice(n.evidence.start, n.evidence.end)).toBe(n.text);
  });

  it('reads a romanization written without a space before its parenthesis', () => {
    const doc = corpus('islamic-state-caucasus-province');
    const names = parseNameBlock(doc.body[2]!);
    expect(names.map((n) => n.text)).toEqual([
      'الدولة الإسلامية - ولاية القوقاز',
      'ad-Dawlah al-Islāmiyah – Wilayah al-Qawqaz',
      'Вилаят Кавказ Исламского государства',
      'Vilayat Kavkaz Islamskogo gosudarstva',
    ]);
  });
});

describe('parseAliasList', () => {
  it('reads a language in parentheses as the language of the name before it, not as a name', () => {
    const names = parseAliasList('Harakat al-Wadi; حركة الوادي (Arabic)', 0);
    expect(names.map((n) => [n.text, n.lang])).toEqual([
      ['Harakat al-Wadi', undefined],
      ['حركة الوادي', 'ar'],
    ]);
  });

  it('splits an "Also known as:" line, keeping abbreviations as names', () => {
    const text = 'Also known as: Imarat Kavkaz (IK); Caucasian Emirate; Emirate of the Caucasus; Кавказский Эмират';
    const names = parseAliasList(text, 40);
    expect(names.map((n) => [n.text, n.lang, n.script])).toEqual([
      ['Imarat Kavkaz', undefined, 'Latn'],
      ['IK', undefined, 'Latn'],
      ['Caucasian Emirate', undefined, 'Latn'],
      ['Emirate of the Caucasus', undefined, 'Latn'],
      ['Кавказский Эмират', 'ru', 'Cyrl'],
    ]);
    for (const n of names) expect(text.slice(n.evidence.start - 40, n.evidence.end - 40)).toBe(n.text);
  });

  it('splits a comma list with "or"', () => {
    const names = parseAliasList(
      'a.k.a. Tehrik-i-Taliban Pakistan (TTP), Pakistani Taliban or تحریک طالبان پاکستان',
      0,
    );
    expect(names.map((n) => n.text)).toEqual([
      'Tehrik-i-Taliban Pakistan',
      'TTP',
      'Pakistani Taliban',
      'تحریک طالبان پاکستان',
    ]);
  });

  it('finishes quickly on 100k characters of labels, brackets and mixed scripts', () => {
    const junk = 'Arabic: ولاية (a; romanized:(b) Вилаят: ,; '.repeat(2500).slice(0, 100_000);
    const started = performance.now();
    expect(() => parseNamesNote(line(junk))).not.toThrow();
    expect(() => parseNameBlock(line(junk))).not.toThrow();
    expect(() => parseAliasList(junk, 0)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
