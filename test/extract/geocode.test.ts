import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { findPlaces, resolvePlace } from '../../src/extract/geocode.js';
import type { GeoContext } from '../../src/extract/types.js';
import { corpusDocuments } from '../support/corpus.js';

const gazetteer = loadGazetteer();
const russia: GeoContext = { countries: ['RU'] };
const places = (sentence: string, context = russia) => findPlaces(sentence, 0, gazetteer, context);

describe('findPlaces on corpus sentences', () => {
  it('reads "southern Dagestan" as the region Dagestan at admin-1 precision', () => {
    const [base] = places(
      'The group claimed responsibility for its first attack, on a Russian military base in southern Dagestan, on 2 September 2015.',
    );
    expect(base).toMatchObject({
      text: 'southern Dagestan',
      name: 'Dagestan',
      admin1: 'Dagestan',
      country: 'RU',
      precision: 'admin1',
    });
  });

  it('keeps the press spelling Grozny as the name and Chechnya as its region', () => {
    const [grozny] = places(
      'On 20 August 2018, multiple young militants attacked a police station in Grozny with knives and injured at least 7 police officers.',
    );
    expect(grozny).toMatchObject({ name: 'Grozny', admin1: 'Chechnya', precision: 'exact' });
    expect(grozny?.aliases).toContain('Groznyy');
  });

  it('resolves "the settlement of Sernovodskoye (Kursky district)" to the settlement with the district as alias', () => {
    const found = places(
      'On 25 January 2019, a group of policemen were attacked by a gunman, in the settlement of Sernovodskoye (Kursky district), causing the injuries of two policemen.',
      { countries: ['RU'], admin1: ['Chechnya'] },
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'Sernovodskoye', admin1: 'Chechnya', precision: 'exact' });
    expect(found[0]?.aliases).toContain('Kursky district');
  });

  it('gives a village missing from the gazetteer the region the sentence names', () => {
    const found = places(
      'On 28 April 2024, suspected IS gunmen attacked a Russian police post in the village of Mara-Ayagy of the Karachay-Cherkess Republic, driving up to the police post before throwing explosives.',
    );
    const village = found.find((m) => m.name === 'Mara-Ayagy');
    expect(village).toMatchObject({ admin1: 'Karachay-Cherkessia', country: 'RU', precision: 'exact' });
    expect(village?.lat).toBeUndefined();
    expect(found.some((m) => m.text === 'IS')).toBe(false);
  });

  it('reads a village and the district after it as one place', () => {
    const found = places(
      'on Wednesday at a dugout by the Netkhoi river near Katyr-Yurt, in the Achkhoy-Martan district.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'Katyr-Yurt', admin1: 'Chechnya', precision: 'exact' });
    expect(found[0]?.aliases).toContain('Achkhoy-Martan district');
  });

  it('takes a district’s region from the possessive before it', () => {
    const [dagestan, district] = places("an emir of the Aukh jamaat in Dagestan's Khasavyurt district, posted a video");
    expect(dagestan?.name).toBe('Dagestan');
    expect(district).toMatchObject({ name: 'Khasavyurt district', admin1: 'Dagestan', precision: 'district' });
  });

  it('reads "Moscow\'s Domodedovo Airport" as Domodedovo with Moscow and the airport as aliases', () => {
    const found = places("In January 2011 a suicide bomber struck the arrivals hall of Moscow's Domodedovo Airport.");
    const airport = found.find((m) => m.name === 'Domodedovo');
    expect(airport).toMatchObject({ admin1: 'Moscow Oblast', precision: 'exact' });
    expect(airport?.aliases).toEqual(expect.arrayContaining(['Moscow', 'Domodedovo Airport']));
  });

  it('reads "Volgograd-1 railway station" as Volgograd', () => {
    const [station] = places(
      'a suicide bomber set off a device near the metal detectors at the entrance of the Volgograd-1 railway station',
    );
    expect(station).toMatchObject({ name: 'Volgograd', admin1: 'Volgograd Oblast', precision: 'exact' });
  });

  it('picks the Dagestan Kizlyar over its North Ossetian homonym', () => {
    const [kizlyar] = places(
      'On 18 February 2018, a 22-year-old man opened fire on a church in Kizlyar, killing 5 and injuring 5.',
    );
    expect(kizlyar?.admin1).toBe('Dagestan');
    const [ossetian] = places('Gunmen fired on a police car in Kizlyar, in North Ossetia.');
    expect(ossetian?.admin1).toBe('North Ossetia');
  });

  it('leaves out place names inside organization and person names', () => {
    expect(
      places(
        'Kebekov and senior loyalists within the Emirate released statements; the Caucasus Emirate and Vilayat Dagestan denied it.',
      ),
    ).toEqual([]);
    expect(
      places("The knife-wielding militant attacked two police officers just outside Ramzan Kadyrov's residence."),
    ).toEqual([]);
    expect(places('The Chechen Republic of Ichkeria was proclaimed in 1991.')).toEqual([]);
    expect(places('Police said on Sunday that the Church had closed for Eid.')).toEqual([]);
  });

  it('reads the place near which a train was bombed, not the ends of its route', () => {
    const found = places(
      'A bomb under the tracks derailed the Nevsky Express, a Moscow–Saint Petersburg high-speed train, near Bologoye (28 killed, 90+ wounded).',
    );
    expect(found.map((m) => m.name)).toEqual(['Bologoye']);
    expect(found[0]?.admin1).toBe('Tver Oblast');
  });

  it('does not read a church dedication as a foreign city', () => {
    const found = places(
      "Five women were shot dead on Sunday as worshippers left St George's church in Kizlyar, in northern Dagestan.",
    );
    expect(found.map((m) => m.name)).toEqual(['Kizlyar', 'Dagestan']);
  });

  it('reads a small town heading a dated list item as a place', () => {
    const [chirkey] = places('- Chirkey, 28 August 2012. A woman posing as a pilgrim detonated a suicide belt.');
    expect(chirkey).toMatchObject({ name: 'Chirkey', admin1: 'Dagestan', precision: 'exact' });
  });

  it('reports a capitalized dateline place in the usual case', () => {
    const [grozny, chechnya] = places(
      'GROZNY, 21 August 2018 — Three separate attacks on police shook Chechnya on Monday morning.',
    );
    expect(grozny).toMatchObject({ text: 'GROZNY', name: 'Grozny', admin1: 'Chechnya' });
    expect(chechnya).toMatchObject({ name: 'Chechnya', precision: 'admin1' });
  });

  it('finds a compound village name the gazetteer lacks after "in"', () => {
    const found = places(
      'Two police officers were killed when men whom security forces were trying to detain in Zyazikov-Yurt, in the Malgobek district, opened fire.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'Zyazikov-Yurt', admin1: 'Ingushetia', precision: 'exact' });
    expect(found[0]?.aliases).toContain('Malgobek district');
  });

  it('returns spans into the document text', () => {
    const doc = corpusDocuments().find((d) => d.id === 'islamic-state-caucasus-province')!;
    const sentence =
      'On 2 July 2019, a law enforcement officer was killed and several others injured at a checkpoint on the outskirts of Bamut';
    const offset = doc.text.indexOf(sentence);
    const [bamut] = findPlaces(sentence, offset, gazetteer, russia);
    expect(bamut).toMatchObject({ name: 'Bamut', admin1: 'Chechnya' });
    expect(doc.text.slice(bamut!.start, bamut!.end)).toBe('Bamut');
  });
});

describe('findPlaces elsewhere in the world', () => {
  it('finds a Nigerian town and its state', () => {
    const found = places('Boko Haram fighters attacked a market in Konduga, Borno State, killing 12 people.', {
      countries: ['NG'],
    });
    expect(found[0]).toMatchObject({ name: 'Konduga', admin1: 'Borno State', country: 'NG', precision: 'exact' });
  });

  it('finds Quetta in Balochistan', () => {
    const [quetta] = places(
      'A suicide bomber struck a police station in Quetta, the capital of Balochistan province.',
      { countries: ['PK'] },
    );
    expect(quetta).toMatchObject({ name: 'Quetta', admin1: 'Balochistan', country: 'PK' });
  });

  it('keeps the city name for "western Mosul"', () => {
    const [mosul] = places('Islamic State claimed a car bomb in western Mosul, Nineveh province.', {
      countries: ['IQ'],
    });
    expect(mosul).toMatchObject({ text: 'western Mosul', name: 'Mosul', admin1: 'Nineveh', country: 'IQ' });
  });

  it('finds a Colombian department', () => {
    const found = places('FARC dissidents ambushed soldiers in the department of Cauca, near Suárez.', {
      countries: ['CO'],
    });
    expect(found.map((m) => m.admin1)).toEqual(['Cauca Department', 'Cauca Department']);
  });

  it('reads country initials as countries but not an organization’s initials as a town', () => {
    const found = places('Officials in the U.S. and UK condemned the attack claimed by IS.', { countries: ['RU'] });
    expect(found.map((m) => [m.text, m.country])).toEqual([
      ['U.S.', 'US'],
      ['UK', 'GB'],
    ]);
  });

  it('reads "Idlib province" as the province and a speaker as no place', () => {
    const [idlib, syria] = places('Abu Bakr al-Baghdadi was killed in Idlib province, Syria, in October 2019.', {
      countries: ['SY'],
    });
    expect(idlib).toMatchObject({ text: 'Idlib province', name: 'Idlib', precision: 'admin1', country: 'SY' });
    expect(syria?.name).toBe('Syria');
    expect(places('Jackson said the group had moved to the Sahel.', { countries: ['US'] }).map((m) => m.name)).toEqual([
      'Sahel',
    ]);
  });

  it('places Omagh in Northern Ireland', () => {
    const [omagh] = places('The IRA detonated a bomb in Omagh, County Tyrone, Northern Ireland, in August 1998.', {
      countries: ['GB'],
    });
    expect(omagh).toMatchObject({ name: 'Omagh', admin1: 'Northern Ireland', country: 'GB' });
  });
});

describe('resolvePlace', () => {
  it('knows the press spelling of a large city from GeoNames alternate names', () => {
    expect(resolvePlace('Kiev', gazetteer, {})).toMatchObject({ name: 'Kiev', country: 'UA', precision: 'exact' });
  });

  it('resolves a compass phrase to its region and a district to its region', () => {
    expect(resolvePlace('northern Chechnya', gazetteer, russia)).toMatchObject({
      name: 'Chechnya',
      precision: 'admin1',
    });
    expect(resolvePlace('Untsukul district', gazetteer, russia)).toMatchObject({
      admin1: 'Dagestan',
      precision: 'district',
    });
  });

  it('takes an ambiguous district name to the document’s region, a unique one to its own', () => {
    const context: GeoContext = { countries: ['RU'], admin1: ['Chechnya'] };
    expect(resolvePlace('Kursky district', gazetteer, context)).toMatchObject({ admin1: 'Chechnya', country: 'RU' });
    expect(resolvePlace('Untsukul district', gazetteer, context)).toMatchObject({ admin1: 'Dagestan', country: 'RU' });
  });

  it('returns null for a name it does not know', () => {
    expect(resolvePlace('Nowhereville', gazetteer, russia)).toBeNull();
  });

  it('finds Somali towns under the press spelling that writes long vowels once', () => {
    const somalia: GeoContext = { countries: ['SO'] };
    const found = places(
      'Militants shelled an army base outside Dhusamareb on Monday, a day after a car bomb in Garowe.',
      somalia,
    );
    expect(
      found.map((p) => [p.name, p.country, p.precision, p.aliases.includes(p.name) ? 'self' : p.aliases[0]]),
    ).toEqual([
      ['Dhusamareb', 'SO', 'exact', 'Dhuusamarreeb'],
      ['Garowe', 'SO', 'exact', 'Garoowe'],
    ]);
  });
});

describe('findPlaces on names the gazetteer lacks', () => {
  it('takes every village of "the villages of X, Y and Z" for a place', () => {
    const found = places('Raiders burned the villages of Kolbi Dara, Tessoumba and Wangarou overnight.', {
      countries: ['NE'],
    });
    expect(found.map((p) => [p.name, p.country, p.precision])).toEqual([
      ['Kolbi Dara', 'NE', 'exact'],
      ['Tessoumba', 'NE', 'exact'],
      ['Wangarou', 'NE', 'exact'],
    ]);
  });

  it('does not take a name after "and" for a village unless a settlement noun announces the list', () => {
    const found = places('The convoy left the village of Kolbi Dara, and Tessoumba said nothing.', {
      countries: ['NE'],
    });
    expect(found.map((p) => p.name)).toEqual(['Kolbi Dara']);
  });

  it('reads a town known only by the district named after it, under either spelling, in the countries of the text', () => {
    for (const spelling of ['Barawe', 'Baraawe']) {
      const [town] = places(`A drone strike hit a car near ${spelling} on Monday.`, { countries: ['SO'] });
      expect(town).toMatchObject({ name: spelling, admin1: 'Lower Shabeelle', country: 'SO', precision: 'district' });
    }
    expect(places('A drone strike hit a car near Barawe on Monday.', { countries: ['NG'] })).toEqual([]);
  });

  it('reads a natural feature the gazetteer lacks, "in the Kolbi forest", at district precision', () => {
    const [forest] = places('The fighters withdrew into the hills and hid in the Kolbi forest for a month.', {
      countries: ['NE'],
    });
    expect(forest).toMatchObject({ name: 'Kolbi forest', country: 'NE', precision: 'district' });
  });
});
