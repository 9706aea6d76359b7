import { describe, expect, it } from 'vitest';
import { findCounts, parseCount } from '../../src/extract/counts.js';

const counts = (text: string) => findCounts(text, 0).map((c) => [c.text, c.count]);

describe('findCounts', () => {
  it('reads figures, words and open-ended tolls from a dispatch', () => {
    expect(
      counts(
        'Gunmen attacked churches, synagogues and the police in two Dagestani cities on Sunday evening, killing at least 15 police officers and several civilians and wounding dozens.',
      ),
    ).toEqual([
      ['two', 2],
      ['at least 15', { min: 15, max: null }],
      ['several', { min: 2, max: null }],
      ['dozens', { min: 24, max: null }],
    ]);
  });

  it('reads ranges and "100+"', () => {
    expect(counts('The gunman also wounded four or five people, two police officers among them.')).toEqual([
      ['four or five', { min: 4, max: 5 }],
      ['two', 2],
    ]);
    expect(counts('(40 killed, 100+ wounded) and between 10 and 15 injured, 10-15 more')).toEqual([
      ['40', 40],
      ['100+', { min: 100, max: null }],
      ['between 10 and 15', { min: 10, max: 15 }],
      ['10-15', { min: 10, max: 15 }],
    ]);
    expect(counts('more than 100 were hurt; over 1,200 fled')).toEqual([
      ['more than 100', { min: 101, max: null }],
      ['over 1,200', { min: 1201, max: null }],
    ]);
  });

  it('counts "a third" as the one more person wounded', () => {
    expect(
      counts('killing 2 police officers and wounding a third, in addition to seizing their service weapons'),
    ).toEqual([
      ['2', 2],
      ['a third', 1],
    ]);
  });

  it('does not take years, ages, times, distances, days of dates or footnote markers for counts', () => {
    expect(counts('On 18 February 2018, a 22-year-old man opened fire.[17]')).toEqual([]);
    expect(counts('In Derbent, at about 6 p.m., some 120 kilometres up the coast, in 2015')).toEqual([]);
    expect(counts('Mikail Miziev, 18, was shot dead; Akhmed Imagozhev, 23, was wounded')).toEqual([]);
    expect(counts('between 11 and 16 years old, near Volgograd-1 station on March 29, 2010')).toEqual([]);
  });

  it('reads newswire from other regions', () => {
    expect(
      counts('Suspected Boko Haram fighters killed twenty-two villagers and abducted a dozen women near Maiduguri.'),
    ).toEqual([
      ['twenty-two', 22],
      ['a dozen', 12],
    ]);
    expect(counts('A suicide bomber killed seventeen worshippers and wounded a number of others in Peshawar.')).toEqual(
      [
        ['seventeen', 17],
        ['a number of', { min: 2, max: null }],
      ],
    );
  });

  it('gives spans relative to the offset', () => {
    const [first] = findCounts('wounded 46', 100);
    expect(first).toMatchObject({ start: 108, end: 110, count: 46 });
  });

  it('finishes quickly on 100k characters of digits and brackets', () => {
    const junk = '1,2,3 [4] 5-6- or 7 between 8 and 9+ ٣ dozens '.repeat(2500).slice(0, 100_000);
    const started = performance.now();
    expect(() => findCounts(junk, 0)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('parseCount', () => {
  it('reads a phrase, counting a noun phrase with an article as one', () => {
    expect(parseCount('four or five')).toEqual({ min: 4, max: 5 });
    expect(parseCount('a traffic policeman')).toBe(1);
    expect(parseCount('Forty')).toBe(40);
    expect(parseCount('2015')).toBeNull();
    expect(parseCount('the attackers')).toBeNull();
  });
});
