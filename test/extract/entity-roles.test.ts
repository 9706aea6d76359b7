import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/pipeline.js';

const peopleOf = (text: string) => extract({ id: 'test', raw: text, format: 'text' }).people;

describe('roles of people', () => {
  it('words a role as the evidence does: "IS\'s spokesman" and "IS leader"', () => {
    const people = peopleOf(
      "History\nMany commanders pledged to the Islamic State (IS). On 23 June 2015, IS's spokesman Abu Mohammad al-Adnani accepted these pledges. The pledges went to IS leader Abu Bakr al-Baghdadi.\n",
    );
    expect(people.find((p) => p.name === 'Abu Mohammad al-Adnani')?.roles).toEqual(['spokesman of Islamic State']);
    expect(people.find((p) => p.name === 'Abu Bakr al-Baghdadi')?.roles).toEqual(['leader of Islamic State']);
  });

  it('keeps "emir of" for "Rustam Asildarov, emir of Vilayat Dagestan"', () => {
    const people = peopleOf(
      'Rivals\nCommanders including Rustam Asildarov, emir of Vilayat Dagestan, defected in December 2014.\n',
    );
    expect(people.find((p) => p.name === 'Rustam Asildarov')?.roles).toEqual(['emir of Vilayat Dagestan']);
  });

  it('gives a bare title before a name no group: "the militant commander Aslan Byutukayev"', () => {
    const people = peopleOf(
      'Decline\nIn January 2021 the militant commander Aslan Byutukayev was killed with five others in Chechnya.\n',
    );
    expect(people.find((p) => p.name === 'Aslan Byutukayev')?.roles).toEqual(['commander']);
  });
});
