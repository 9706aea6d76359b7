import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/gazetteer-scan.js';

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('reads dotted initials as one word and a lone initial before a name as its own', () => {
    expect(words('A U.S. airstrike near J. Barawe')).toEqual(['A', 'U.S.', 'airstrike', 'near', 'J', 'Barawe']);
  });

  it('joins parts over hyphens and apostrophes, and sets a possessive or a number suffix apart', () => {
    const tokens = tokenize('Katyr-Yurt, Moscow’s Domodedovo and Volgograd-1 in Ras al-Khaimah');
    expect(tokens.map((t) => t.core)).toEqual([
      'Katyr-Yurt',
      'Moscow',
      'Domodedovo',
      'and',
      'Volgograd',
      'in',
      'Ras',
      'al-Khaimah',
    ]);
    expect(tokens[1]).toMatchObject({ possessive: true, capitalized: true, lower: 'moscow', start: 12, end: 18 });
  });

  it('ends a word at a dash or a closing quote, and keeps letters of any script and beyond the BMP', () => {
    expect(words('Moscow–Saint Petersburg “Grozny” Šali Грозный 𝐀b ok-')).toEqual([
      'Moscow',
      'Saint',
      'Petersburg',
      'Grozny',
      'Šali',
      'Грозный',
      '𝐀b',
      'ok',
    ]);
    expect(tokenize('Šali')[0]?.capitalized).toBe(true);
  });
});
