import { describe, expect, it } from 'vitest';
import { findCounts } from '../../src/extract/counts.js';
import { mayTellCasualties, readCasualties } from '../../src/extract/event-casualties.js';

const read = (text: string) => readCasualties(text, findCounts(text, 0), 0);

describe('readCasualties', () => {
  it('keeps the last figure a toll rose to, not the sum of every figure told', () => {
    expect(read('The toll, first reported as 21, rose to 63 killed and more than 150 wounded.')).toEqual({
      killed: 63,
      injured: { min: 151, max: null },
    });
    expect(read('First reports spoke of at least 9 dead; the toll rose to 17 overnight and later to 18.')).toEqual({
      killed: 18,
    });
  });

  it('counts the attackers soldiers killed, and those shot dead by security forces, among the perpetrators', () => {
    expect(read('Five gunmen killed 40 guests before soldiers killed all five attackers.')).toEqual({
      killed: 40,
      killedPerpetrators: 5,
    });
    expect(read('They killed 12 teachers; all three were shot dead by security forces.')).toEqual({
      killed: 12,
      killedPerpetrators: 3,
    });
  });

  it('reads "killed between 10 and 15" and "killed more than 100" as the toll, not a passive', () => {
    expect(read('Gunmen killed between 10 and 15 villagers near Mopti and wounded a dozen.')).toEqual({
      killed: { min: 10, max: 15 },
      injured: 12,
    });
    expect(read('Militants killed more than 100 people in three villages.')).toEqual({
      killed: { min: 101, max: null },
    });
  });

  it('counts "Six people, including the priest" as six', () => {
    expect(read('Six people, including the priest, were killed.')).toEqual({ killed: 6 });
  });

  it('reads past the full stops of "U.S." inside a toll', () => {
    expect(read('Fighters ambushed a patrol, killing four U.S. soldiers and four Nigerien soldiers.')).toEqual({
      killed: 8,
    });
  });

  it('keeps the latest of revised toll figures', () => {
    expect(read('Officials initially put the toll at 40, later raised to 145.')).toEqual({ killed: 145 });
    expect(read('The death toll rose to 62 on Friday.')).toEqual({ killed: 62 });
  });

  it('reads active tolls', () => {
    expect(read('a 22-year-old man opened fire on a church in Kizlyar, killing 5 and injuring 5.')).toMatchObject({
      killed: 5,
      injured: 5,
    });
  });

  it('counts the bomber who killed himself', () => {
    expect(read('killing 37 people as well as himself and wounding 173.')).toMatchObject({
      killed: 37,
      killedPerpetrators: 1,
      injured: 173,
    });
  });

  it('sums a list of victims and keeps plural attackers apart', () => {
    const text =
      'Two police officers and a parishioner died, and two officers and another worshipper were wounded, before all four attackers were shot dead.';
    expect(read(text)).toMatchObject({ killed: 3, injured: 3, killedPerpetrators: 4 });
  });

  it('reads an open-ended count of attackers killed', () => {
    expect(read('All attackers were killed; the Islamic State claimed responsibility.')).toMatchObject({
      killedPerpetrators: { min: 2, max: null },
    });
  });

  it('keeps a toll that already includes the bomber', () => {
    expect(read('leaving 18 dead, the bomber included, and 44 injured.')).toMatchObject({
      killed: 18,
      killedPerpetrators: 1,
      includesPerpetrators: true,
      injured: 44,
    });
  });

  it('makes competing official figures a range', () => {
    expect(
      read(
        'Kadyrov put the number of militants killed at six, the NAK at five, and one of them reportedly blew himself up.',
      ),
    ).toMatchObject({ killed: { min: 5, max: 6 } });
  });

  it('reads a bomber who survived and nobody else hurt as no deaths', () => {
    expect(
      read(
        'a young man carrying a backpack set off a bomb beside a police post; nobody else was hurt and the bomber survived with injuries.',
      ),
    ).toMatchObject({ killed: 0, killedPerpetrators: 0, injured: 1 });
  });

  it('finds nothing in a sentence the cheap cue check passes over, and the check lets every toll through', () => {
    const quiet = [
      'Gunmen stormed a police post near Gao on 3 March 2021 and seized 12 rifles.',
      'The group pledged allegiance to Islamic State in 2015, two years after its founding.',
      'Some 300 fighters took part in the raid on the garrison.',
    ];
    for (const text of quiet) {
      expect(mayTellCasualties(text)).toBe(false);
      expect(read(text)).toEqual({});
    }
    const tolls = [
      'Two officers were wounded.',
      'The blast left 9 dead.',
      'A car bomb hit a convoy, leaving three soldiers hurt.',
      'The bomber survived.',
    ];
    for (const text of tolls) expect(mayTellCasualties(text)).toBe(true);
  });
});
