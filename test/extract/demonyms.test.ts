import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demonym } from '../../src/extract/demonyms.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';

describe('demonym', () => {
  it('reads the adjectives of countries and regions as their places', () => {
    expect(demonym('Nigerian')).toEqual({ place: 'Nigeria' });
    expect(demonym('Afghan')).toEqual({ place: 'Afghanistan' });
    expect(demonym('Dagestani')).toEqual({ place: 'Dagestan' });
    expect(demonym('Kashmiri')).toEqual({ place: 'Kashmir' });
  });

  it('knows words for peoples and faiths as no person and no place', () => {
    expect(demonym('Avar')).toEqual({});
    expect(demonym('Fulani')).toEqual({});
    expect(demonym('Abubakar')).toBeUndefined();
  });

  it('finds no demonym in a word that happens to name a property of every object', () => {
    expect(demonym('Constructor')).toBeUndefined();
    expect(demonym('ToString')).toBeUndefined();
  });

  it('names only places the gazetteer knows', () => {
    const data = JSON.parse(readFileSync(new URL('../../src/extract/data/demonyms.json', import.meta.url), 'utf8')) as {
      places: Record<string, string>;
    };
    const gazetteer = loadGazetteer();
    const unknown = Object.values(data.places).filter((place) => gazetteer.lookup(place).length === 0);
    expect(unknown).toEqual([]);
  });
});
