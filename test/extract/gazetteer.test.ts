import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { districtKey, spellingKey } from '../../src/extract/gazetteer-keys.js';

describe('spelling keys', () => {
  it('folds GeoNames and press spellings of the same town together', () => {
    expect(spellingKey('Groznyy')).toBe(spellingKey('Grozny'));
    expect(spellingKey('Sernovodskoye')).toBe(spellingKey('Sernovodsk'));
    expect(spellingKey('Buinaksk')).toBe(spellingKey('Buynaksk'));
    expect(spellingKey('Daghestan')).toBe(spellingKey('Dagestan'));
    expect(spellingKey('St. Petersburg')).toBe(spellingKey('Saint Petersburg'));
  });

  it('meets a long vowel written double and written once, as Somali spellings and the press differ', () => {
    expect(spellingKey('Dhuusamarreeb')).toBe(spellingKey('Dhusamareb'));
    expect(spellingKey('Garoowe')).toBe(spellingKey('Garowe'));
    expect(spellingKey('Boosaaso')).toBe(spellingKey('Bosaso'));
  });

  it('keeps different towns apart', () => {
    expect(spellingKey('Grozny')).not.toBe(spellingKey('Gunib'));
    expect(spellingKey('Kizlyar')).not.toBe(spellingKey('Kizilyurt'));
  });

  it('meets the GeoNames district form and the press form', () => {
    expect(districtKey('Achkhoy-Martanovskiy Rayon')).toBe(districtKey('Achkhoy-Martan district'));
    expect(districtKey('Nazranovskiy Rayon')).toBe(districtKey('Nazran district'));
    expect(districtKey('Untsukulsky District')).toBe(districtKey('Untsukul district'));
  });
});

describe('loadGazetteer', () => {
  const gazetteer = loadGazetteer();

  it('finds Grozny under its GeoNames spelling Groznyy, in Chechnya', () => {
    const [grozny] = gazetteer.lookup('Grozny');
    expect(grozny).toMatchObject({ name: 'Groznyy', kind: 'city', admin1: 'Chechnya', country: 'RU' });
    expect(grozny?.lat).toBeCloseTo(43.31, 1);
  });

  it('gives Russian federal subjects their press names and spellings', () => {
    for (const form of ['Karachayevo-Cherkessia', 'Karachay-Cherkess Republic', 'Karachay-Cherkessia']) {
      expect(gazetteer.lookup(form)[0]).toMatchObject({ name: 'Karachay-Cherkessia', kind: 'admin1' });
    }
    expect(gazetteer.lookup('Chechen Republic')[0]?.name).toBe('Chechnya');
    expect(gazetteer.lookup('Republic of Dagestan')[0]?.name).toBe('Dagestan');
    expect(gazetteer.lookup('Kabardino-Balkaria')[0]?.name).toBe('Kabardino-Balkaria');
    expect(gazetteer.lookup('Magnitogorsk')[0]?.admin1).toBe('Chelyabinsk Oblast');
    expect(gazetteer.lookup('Tyumen Oblast')[0]?.kind).toBe('admin1');
  });

  it('lists both Kizlyar homonyms, the larger first', () => {
    const kizlyars = gazetteer.lookup('Kizlyar').filter((p) => p.kind === 'city');
    expect(kizlyars.map((p) => p.admin1)).toEqual(['Dagestan', 'North Ossetia']);
  });

  it('knows countries and broader regions the press writes as places', () => {
    expect(gazetteer.lookup('Russia')[0]).toMatchObject({ kind: 'country', country: 'RU' });
    expect(gazetteer.lookup('Syria')[0]).toMatchObject({ kind: 'country', country: 'SY' });
    expect(gazetteer.lookup('North Caucasus')[0]).toMatchObject({ kind: 'region', country: 'RU' });
    expect(gazetteer.lookup('Gaza Strip')[0]).toMatchObject({ kind: 'admin1', country: 'PS' });
    expect(gazetteer.lookup('Khyber Pakhtunkhwa')[0]).toMatchObject({ kind: 'admin1', country: 'PK' });
  });

  it('tells which region holds a district', () => {
    expect(gazetteer.districtRegions('Achkhoy-Martan district').map((p) => p.name)).toEqual(['Chechnya']);
    expect(gazetteer.districtRegions('Malgobek district').map((p) => p.name)).toEqual(['Ingushetia']);
  });
});
