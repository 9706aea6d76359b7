import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/extract/all-matches.js';

const indexes = (pattern: RegExp, text: string) => allMatches(pattern, text).map((m) => [m.index, m[0]]);
const byMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);

describe('allMatches', () => {
  it('gives the matches matchAll gives, groups included', () => {
    const text = 'On 4 December 2016 and 5 January 2017, IS-CP claimed both.';
    const pattern = /(\d{1,2}) (\p{Lu}\p{L}+) (\d{4})/gu;
    expect(indexes(pattern, text)).toEqual(byMatchAll(pattern, text));
    expect(allMatches(pattern, text)[1]?.[2]).toBe('January');
  });

  it('steps over empty matches by whole characters, astral ones too', () => {
    for (const [pattern, text] of [
      [/x*/gu, 'a😀xxb'],
      [/x*/g, 'a😀xxb'],
      [/(?=\p{Lu})/gu, 'Grozny and Makhachkala'],
    ] as const)
      expect(indexes(pattern, text)).toEqual(byMatchAll(pattern, text));
  });

  it('leaves the shared pattern at rest, so the next call starts from the beginning', () => {
    const pattern = /\d+/g;
    allMatches(pattern, 'in 2015');
    expect(pattern.lastIndex).toBe(0);
    expect(indexes(pattern, '2016')).toEqual([[0, '2016']]);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => allMatches(/\d+/, '2015')).toThrow(/global pattern/);
  });
});
