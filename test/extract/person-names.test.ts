import { describe, expect, it } from 'vitest';
import { findPersonNames } from '../../src/extract/person-names.js';

const names = (text: string) => findPersonNames(text).map((p) => p.text);

describe('findPersonNames', () => {
  it('drops ranks before a name and takes no law, garden, estate or publication for a person', () => {
    expect(names('Detective Chief Inspector Omar Haddad and Constable Ali Nasser were shot near Sadar Bagh.')).toEqual([
      'Omar Haddad',
      'Ali Nasser',
    ]);
    expect(names('They were held under the Public Order Act in the Green Manor estate.')).toEqual([]);
    expect(names('From the Open Encyclopedia and the Asia Programme of Militant Organizations.')).toEqual([]);
  });

  it('takes no person from "the village of …" or "the villages of … and …"', () => {
    expect(
      names('Gunmen attacked the villages of Tchoma Bangou and Zaroumdareye near the town of Ouallam Koira.'),
    ).toEqual([]);
    expect(names('Moussa Ag Acharatoumane spoke in the village of Tongo Tongo.')).toEqual(['Moussa Ag Acharatoumane']);
  });

  it('finds full names with particles and a surname followed by a personal verb', () => {
    const text = 'Kebekov condemned the defection as treachery and named Said Arakansky in his place.';
    expect(names(text)).toEqual(['Kebekov', 'Said Arakansky']);
  });

  it('drops titles and splits names joined by "and"', () => {
    const text = 'four militants dead, among them Suleimanov and Kamil Saidov (Said Arakansky), the Dagestani emir.';
    expect(names(text)).toEqual(['Kamil Saidov', 'Said Arakansky']);
    expect(names('One officer, Senior Lieutenant Zelimkhan Kokorkhoev, died of his wounds')).toEqual([
      'Zelimkhan Kokorkhoev',
    ]);
  });

  it('does not take months, places or acronyms for people', () => {
    expect(names('On 21 November 2014 a video was posted in North Caucasus by the NAK.')).toEqual([]);
  });
});
