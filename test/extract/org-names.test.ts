import { describe, expect, it } from 'vitest';
import { findOrgNames } from '../../src/extract/org-names.js';

const names = (text: string) => findOrgNames(text).map((o) => o.text);

describe('findOrgNames', () => {
  it('takes the name an attack was claimed by for a group', () => {
    expect(names('The attack on the church was claimed by Ansarul Islam.')).toEqual(['Ansarul Islam']);
    expect(names('The ambush was claimed by the Katiba Macina on Tuesday.')).toEqual(['Katiba Macina']);
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
