import { describe, expect, it } from 'vitest';
import { detectIncident } from '../../src/extract/event-detect.js';

const kind = (text: string) => {
  const cue = detectIncident(text);
  return cue && `${cue.category}/${cue.subtype ?? '-'}`;
};

describe('detectIncident', () => {
  it('reads "the army raided" as a raid, whatever the hostages freed', () => {
    expect(
      kind('On 3 March 2020, the army raided a militant camp near Gao, killing 12 fighters and freeing two hostages.'),
    ).toBe('security_operation/raid');
  });

  it('reads a raid by state forces as a security operation', () => {
    expect(
      kind(
        'Barely a month later, on 21 August 2010, FSB special forces stormed a house in Gunib where he was hiding; he and four other militants were killed.',
      ),
    ).toBe('security_operation/raid');
  });

  it('reads an attempted detention as an arrest even when the militants opened fire', () => {
    expect(
      kind(
        'Three police officers were killed and eight wounded late on Wednesday when men whom security forces were trying to detain in Zyazikov-Yurt, in the Malgobek district, opened fire with automatic weapons.',
      ),
    ).toBe('security_operation/arrest');
  });

  it('reads militants killed without an attack as a security operation of unknown kind', () => {
    expect(kind('On the 21 January 2021, Aslan Byutukayev and five other IS militants were killed in Chechnya.')).toBe(
      'security_operation/unknown',
    );
  });

  it('reads an attack told only through its victims', () => {
    expect(
      kind(
        'A traffic policeman was killed and two colleagues were wounded on Sunday evening at a checkpoint outside the village of Yandare.',
      ),
    ).toBe('attack/-');
  });

  it('reads a suicide bomber who killed a sheikh as an attack', () => {
    expect(
      kind(
        'A female suicide bomber posing as a pilgrim killed Sufi sheikh Said Afandi al-Chirkawi at his home in Chirkey',
      ),
    ).toBe('attack/-');
  });

  it('reads "named X as the leader of Y" as a leadership change, whatever the length of the name', () => {
    expect(kind('In May 2019 the Islamic State named Abu Hafs al-Tunisi as the new leader of its Sahel branch.')).toBe(
      'organizational/leadership_change',
    );
  });

  it('takes the act a statement reports for the event, not the statement', () => {
    expect(kind('The group said in an audio message on Friday that its commander had died in March.')).toBe(
      'organizational/leadership_change',
    );
    expect(kind('The group released a video urging supporters to stay at home.')).toBe('organizational/statement');
  });

  it('reads a pledge as an organizational event and ignores background', () => {
    expect(
      kind(
        'In April 2014 its spokesman, Abdul-Khalim ash-Shishani, pledged allegiance to Kebekov on behalf of its fighters.',
      ),
    ).toBe('organizational/pledge');
    expect(kind('Its stated aim was to expel Russia from the region.')).toBeNull();
  });
});
