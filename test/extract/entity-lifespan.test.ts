import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { readDocument } from '../../src/extract/document-reader.js';
import { extractEntities } from '../../src/extract/entities.js';
import { readLifespans } from '../../src/extract/entity-lifespan.js';
import { splitSentences } from '../../src/extract/sentences.js';

function lifespansOf(text: string) {
  const doc = readDocument(text, 'text');
  const sentences = splitSentences(doc);
  const { registry, main } = extractEntities(doc, sentences);
  const spans = readLifespans({ sentences, registry, main, datesOf: (s) => findDates(s.text, s.start, {}) });
  return (name: string) => {
    const record = registry.find(name);
    return record ? spans.get(record) : undefined;
  };
}

describe('readLifespans', () => {
  it('reads "the group\'s formation on 23 June 2015" for the article\'s subject', () => {
    const of = lifespansOf(
      'Islamic State – Caucasus Province\n' +
        "The Islamic State – Caucasus Province (IS-CP) is a branch of the militant Islamist group Islamic State (IS). IS announced the group's formation on 23 June 2015 and appointed Rustam Asildarov as its leader.\n",
    );
    expect(of('IS-CP')).toEqual({ founded: '2015-06-23' });
    expect(of('Islamic State')).toBeUndefined();
  });

  it('reads "proclaimed it on 7 October 2007" and "it ceased to function inside Russia in 2016"', () => {
    const of = lifespansOf(
      'Caucasus Emirate\n' +
        'The Caucasus Emirate was a Salafi-jihadist armed organization. Dokka Umarov, the last president of the separatist Chechen Republic of Ichkeria, proclaimed it on 7 October 2007. Most of its fighters had gone over to the Islamic State by the end of 2015, and it ceased to function inside Russia in 2016.\n',
    );
    expect(of('Caucasus Emirate')).toEqual({ founded: '2007-10-07', dissolved: '2016' });
    expect(of('Chechen Republic of Ichkeria')).toBeUndefined();
  });

  it('reads a profile\'s "Formed:" and "Disbanded:" lines', () => {
    const of = lifespansOf(
      'Caucasus Emirate\nAlso known as: Imarat Kavkaz (IK)\nFormed: October 7, 2007\nDisbanded: August 2016 (no functioning structure inside Russia)\n',
    );
    expect(of('Caucasus Emirate')).toEqual({ founded: '2007-10-07', dissolved: '2016-08' });
  });

  it('gives a possessed province its own founding date: "IS proclaimed its own Caucasus Province on June 23, 2015"', () => {
    const of = lifespansOf(
      'Rivals\nCommanders defected in December 2014, and IS proclaimed its own Caucasus Province on June 23, 2015.\n',
    );
    expect(of('Caucasus Province')).toEqual({ founded: '2015-06-23' });
  });

  it('leaves a dissolved object it cannot name alone: "dissolved that republic"', () => {
    const of = lifespansOf(
      'Summary\nDoku Umarov, president of the unrecognized Chechen Republic of Ichkeria, dissolved that republic on October 7, 2007.\n',
    );
    expect(of('Chechen Republic of Ichkeria')).toBeUndefined();
  });
});
