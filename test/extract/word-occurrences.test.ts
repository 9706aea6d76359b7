import { describe, expect, it } from 'vitest';
import { occursAt, wordOccurrences } from '../../src/extract/word-occurrences.js';

// The pattern the entity registry used before: the finder must give exactly its answers.
function byPattern(text: string, word: string): number[] {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index);
}

const SENTENCE =
  'The Islamic State – Caucasus Province[note 1](IS-CP)[1] is a branch of the militant Islamist group Islamic State (IS), that is active in the North Caucasus region of Russia.';
const SCRIPTS = 'in Russian Вилаят Кавказ (Vilayat Kavkaz), ВилаятКавказ, 𝔄Вилаят, Вилаят😀';

describe('whole-word occurrences', () => {
  it('finds "IS" alone and in "IS-CP" but not inside "Islamic" or "is"', () => {
    expect(wordOccurrences(SENTENCE, 'IS')).toEqual([SENTENCE.indexOf('(IS-') + 1, SENTENCE.indexOf('(IS)') + 1]);
  });

  it('keeps case: "islamic state" does not match "Islamic State"', () => {
    expect(wordOccurrences(SENTENCE, 'islamic state')).toEqual([]);
  });

  it('treats letters of any script, astral ones too, as word characters', () => {
    expect(wordOccurrences(SCRIPTS, 'Вилаят')).toEqual([11, SCRIPTS.indexOf('Вилаят😀')]);
  });

  it('gives the same answers as the lookbehind pattern on corpus text and mixed scripts', () => {
    for (const word of ['IS', 'Islamic State', 'Caucasus', 'the', 'Вилаят', 'Кавказ', 'Vilayat Kavkaz', '[1]', ')']) {
      for (const text of [SENTENCE, SCRIPTS]) expect(wordOccurrences(text, word)).toEqual(byPattern(text, word));
    }
  });

  it('finds nothing for an empty word', () => {
    expect(wordOccurrences(SENTENCE, '')).toEqual([]);
  });

  it('tells whether a word occurs whole at one place, where wordOccurrences finds it', () => {
    for (const word of ['IS', 'Islamic State', 'Вилаят', ')', '']) {
      for (const text of [SENTENCE, SCRIPTS]) {
        const listed = wordOccurrences(text, word);
        for (let at = 0; at < text.length; at++) expect(occursAt(text, at, word)).toBe(listed.includes(at));
      }
    }
  });
});
