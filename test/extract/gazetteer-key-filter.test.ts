import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { KeyFilter } from '../../src/extract/gazetteer-key-filter.js';
import { placeKeys } from '../../src/extract/gazetteer-key-index.js';
import { spellingKey } from '../../src/extract/gazetteer-keys.js';
import { readPlaceSources } from '../../src/extract/gazetteer-places.js';

describe('KeyFilter', () => {
  it('never turns away a key it was given, across every place name the gazetteer keys', () => {
    const keys = placeKeys(readPlaceSources().places);
    const filter = new KeyFilter();
    for (const key of keys) filter.add(key);
    expect(keys.filter((key) => !filter.mayHave(key))).toEqual([]);
  });

  it('turns away nearly every word that is no key', () => {
    const filter = new KeyFilter();
    for (let i = 0; i < 100_000; i++) filter.add(`place${i}`);
    let maybe = 0;
    for (let i = 0; i < 10_000; i++) if (filter.mayHave(`word${i}`)) maybe++;
    expect(maybe).toBeLessThan(500);
  });
});

describe('Gazetteer.hasKey behind the filter', () => {
  const gazetteer = loadGazetteer();

  it('knows the keys of places and of joined multi-word names, and not those of ordinary words', () => {
    for (const name of ['Grozny', 'Karachay-Cherkessia', 'Maiduguri', 'Dhusamareb']) {
      expect(gazetteer.hasKey(spellingKey(name))).toBe(true);
    }
    expect(gazetteer.hasKey(spellingKey('North') + spellingKey('Caucasus'))).toBe(true);
    for (const word of ['claimed', 'responsibility', 'militants', 'however'])
      expect(gazetteer.hasKey(word)).toBe(false);
  });
});
