import { describe, expect, it } from 'vitest';
import { findOrgNames } from '../../src/extract/org-names.js';

const names = (text: string) => findOrgNames(text).map((o) => o.text);

describe('findOrgNames', () => {
  it('takes the name an attack was claimed by for a group', () => {
    expect(names('The attack on the church was claimed by Ansarul Islam.')).toEqual(['Ansarul Islam']);
    expect(names('The ambush was claimed by the Katiba Macina on Tuesday.')).toEqual(['Katiba Macina']);
  });

  it('takes a name with an article that claims or disowns an attack for a group, but not a person', () => {
    expect(names('The Red Hand Brigades claimed responsibility in a call to a newspaper.')).toContain(
      'Red Hand Brigades',
    );
    expect(names('The Free Valley Front said it carried out the shooting.')).toEqual(['Free Valley Front']);
    expect(names('The New ULF has claimed that it sent the letter bombs.')).toEqual(['New ULF']);
    expect(names('The Southern Wing denied involvement in the bombing.')).toEqual(['Southern Wing']);
    expect(names('Omar Haddad claimed responsibility in a video.')).toEqual([]);
    expect(names('The March rally claimed the lives of two people.')).toEqual([]);
  });

  it('takes a lead word joined to the name by a linking particle for a group: "Jamaat-ul-…", "Tehrik-i-…"', () => {
    expect(names('A faction broke away as Jamaat-ul-Furqan in 2016.')).toEqual(['Jamaat-ul-Furqan']);
    expect(names('The Tehrik-i-Nifaz Sindh fought the army.')).toEqual(['Tehrik-i-Nifaz Sindh']);
    expect(names('Colonel Mian-e-Kalan spoke to reporters.')).toEqual([]);
  });

  it('splits two lead-word names joined by "and"', () => {
    expect(names('It merged with Liwa al-Nasr, Jabhat Ansar al-Wadi and Jaysh al-Fajr in 2017.')).toEqual([
      'Liwa al-Nasr',
      'Jabhat Ansar al-Wadi',
      'Jaysh al-Fajr',
    ]);
  });

  it('reads "X of <Place> and the <Region>" as one name', () => {
    expect(names('He declared a new Islamic Emirate of Aden and the Hadramawt in 2015.')).toEqual([
      'Islamic Emirate of Aden and the Hadramawt',
    ]);
    expect(names('The Caucasus Emirate and the Kremlin traded threats.')).toEqual(['Caucasus Emirate']);
  });

  it('takes no organization from a designation label', () => {
    expect(names('Designated: 2008 (U.S. Department of State, Foreign Terrorist Organization)')).toEqual([
      'U.S. Department of State',
    ]);
  });

  it('reads "X in the Y (ABBR)" as one name when the abbreviation spells both parts', () => {
    expect(names('The Islamic State in the Greater Sahara (ISGS) is a jihadist group active in Mali.')).toContain(
      'Islamic State in the Greater Sahara',
    );
    expect(names('Al-Qaeda in the Islamic Maghreb (AQIM) condemned the pledge.')).toEqual([
      'Al-Qaeda in the Islamic Maghreb',
    ]);
    expect(names('The Islamic State in Mali (ISM) claimed it.')).toEqual(['Islamic State in Mali']);
    expect(names('Islamic State fighters in the Greater Sahara (UN) regrouped.')).not.toContain(
      'Islamic State fighters in the Greater Sahara',
    );
  });

  it('keeps "Islamic State" and drops the common noun before "of" in a title line', () => {
    expect(names('Branch of Islamic State active in the Caucasus region')).toEqual(['Islamic State']);
  });

  it('reads a dash-joined name and a lead-word name in one sentence', () => {
    const text =
      'The new Islamic State – Caucasus Province (IS-CP), in Russian Вилаят Кавказ (Vilayat Kavkaz), lost it.';
    expect(names(text)).toEqual(['Islamic State – Caucasus Province', 'Vilayat Kavkaz']);
  });

  it('keeps "of" inside a name headed by a group noun', () => {
    expect(names('In 2009 Umarov revived the Riyad-us Saliheen Brigade of Martyrs, a suicide-bomber unit')).toEqual([
      'Riyad-us Saliheen Brigade of Martyrs',
    ]);
  });

  it('reads a lowercase head after a proper name ("Aukh jamaat")', () => {
    expect(names('Suleiman Zaylanabidov, an emir of the Aukh jamaat in Dagestan')).toEqual(['Aukh jamaat']);
  });

  it('reads the Arabic article form followed by a role', () => {
    expect(names('In 2014 Kebekov pledged loyalty to al-Qaeda leader Ayman al-Zawahiri.')).toEqual(['al-Qaeda']);
  });

  it('does not take a head noun alone, a place or a month for an organization', () => {
    expect(
      names('Kebekov and senior loyalists within the Emirate released statements in June 2015 in Dagestan.'),
    ).toEqual([]);
  });

  it('takes a name a group noun describes for an organization (newswire style)', () => {
    expect(names('Gunmen from the Boko Haram group attacked a police station in Maiduguri on Monday.')).toEqual([
      'Boko Haram',
    ]);
    expect(names('Al-Shabaab is an armed group in Somalia.')).toEqual(['Al-Shabaab']);
  });
});
