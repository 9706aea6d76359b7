import { describe, expect, it } from 'vitest';
import { districtKeys, districtNames, placeKeys, placeNames } from '../../src/extract/gazetteer-key-index.js';
import { districtKey, spellingKey } from '../../src/extract/gazetteer-keys.js';
import { readPlaceSources } from '../../src/extract/gazetteer-places.js';

describe('precomputed place keys', () => {
  const { places } = readPlaceSources();

  it('lists each place name, then its aliases, in place order', () => {
    const dagestan = places.findIndex((p) => p.name === 'Dagestan');
    const before = placeNames(places.slice(0, dagestan)).length;
    expect(placeNames(places).slice(before, before + 1 + places[dagestan]!.aliases.length)).toEqual([
      'Dagestan',
      ...places[dagestan]!.aliases,
    ]);
  });

  it('ships keys equal to the key rules of today (else rerun scripts/build-gazetteer-data.ts)', () => {
    expect(placeKeys(places)).toEqual(placeNames(places).map(spellingKey));
  });

  it('computes the keys itself for places the shipped file does not describe', () => {
    const few = places.slice(0, 3);
    expect(placeKeys(few)).toEqual(placeNames(few).map(spellingKey));
  });
});

describe('precomputed district keys', () => {
  const { districts } = readPlaceSources();

  it('lists the district names region by region', () => {
    const [code, names] = Object.entries(districts)[1]!;
    const before = districts[Object.keys(districts)[0]!]!.length;
    expect(districtNames(districts).slice(before, before + names.length)).toEqual(districts[code]);
  });

  it('ships keys equal to the key rules of today (else rerun scripts/build-gazetteer-data.ts)', () => {
    expect(districtKeys(districts)).toEqual(districtNames(districts).map(districtKey));
  });

  it('computes the keys itself for districts the shipped file does not describe', () => {
    const few = { 'RU.12': ['Achkhoy-Martanovskiy Rayon', 'Urus-Martanovskiy Rayon'] };
    expect(districtKeys(few)).toEqual([districtKey('Achkhoy-Martan district'), districtKey('Urus-Martan district')]);
  });
});
