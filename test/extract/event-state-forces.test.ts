import { describe, expect, it } from 'vitest';
import { stateForces } from '../../src/extract/event-state-forces.js';

const none = () => false;

describe('stateForces', () => {
  it('names a unit "X Group" and the capitalized members of an "involving" list', () => {
    expect(
      stateForces(
        'On 12 April 2019, in an extensive operation involving Alpha Group, local police and Rosgvardia, 2 heavily armed IS militants were killed in city of Tyumen.',
        none,
      ),
    ).toEqual(['Alpha Group', 'local police', 'Rosgvardia']);
  });

  it('keeps the qualifier of a head noun: "FSB special forces", "Chechen special police"', () => {
    expect(
      stateForces('Barely a month later, on 21 August 2010, FSB special forces stormed a house in Gunib.', none),
    ).toEqual(['FSB special forces']);
    expect(stateForces('Chechen special police killed Aslan Byutukayev on Wednesday.', none)).toEqual([
      'Chechen special police',
    ]);
  });

  it('drops a counted victim and the target of an operation', () => {
    expect(
      stateForces(
        'Three police officers were killed when men whom security forces were trying to detain opened fire.',
        none,
      ),
    ).toEqual(['security forces']);
    expect(stateForces('The army launched an operation against the Abu Sayyaf Group on Jolo.', none)).toEqual(['army']);
  });

  it('names the state behind an airstrike', () => {
    expect(stateForces('Killed by a U.S. airstrike near Barawe.', none)).toEqual(['U.S. forces']);
  });

  it('leaves out the group the document is about', () => {
    expect(
      stateForces('an operation involving Alpha Group and Vilayat Dagestan', (n) => n === 'Vilayat Dagestan'),
    ).toEqual(['Alpha Group']);
  });
});
