import { describe, expect, it } from 'vitest';
import { regexMatches } from '../../src/extract/regex-matches.js';

describe('regexMatches', () => {
  it('gives the matches matchAll gives, with their groups and indices', () => {
    const pattern = /(?<day>\d{1,2}) (?<month>May|June)/g;
    const text = 'On 5 May and 12 June, and again on 3 May.';
    const simple = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, m[0], m.groups?.day]);
    expect(simple(regexMatches(pattern, text))).toEqual(simple([...text.matchAll(pattern)]));
  });

  it('reads from the start whatever a previous reading left in lastIndex', () => {
    const pattern = /\d+/g;
    pattern.exec('a text with 1 and 22');
    expect(regexMatches(pattern, '7 and 8').map((m) => m[0])).toEqual(['7', '8']);
  });
});
