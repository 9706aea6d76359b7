import { describe, expect, it } from 'vitest';
import { EntityRegistry } from '../../src/extract/entity-registry.js';

function caucasusRegistry(): EntityRegistry {
  const registry = new EntityRegistry();
  const province = registry.add('organization', 'Islamic State – Caucasus Province', { start: 0, end: 33 }, 'test');
  registry.addAlias(province, 'IS-CP');
  const state = registry.add('organization', 'Islamic State', { start: 0, end: 13 }, 'test');
  registry.addAlias(state, 'IS');
  registry.add('person', 'Aslan Byutukayev', { start: 0, end: 16 }, 'test');
  return registry;
}

const LINES = [
  'Islamic State – Caucasus Province (IS-CP) is a branch of the Islamic State.',
  'The Islamic State claimed the attack.',
  '- Aslan Byutukayev (Emir Khamzat): the emir of the Riyad-us Saliheen Brigade.',
  '  Byutukayev pledged allegiance to IS.',
  'In 2015 IS announced its province.',
  'ISIS and Islamic Statehood are no mentions.',
];

describe('entity registry', () => {
  it('finds the longest surface first, on whole words and in its own case', () => {
    const mentions = caucasusRegistry().mentionsIn(LINES[0]!, 100);
    expect(mentions.map((m) => [m.text, m.start])).toEqual([
      ['Islamic State – Caucasus Province', 100],
      ['IS-CP', 135],
      ['Islamic State', 161],
    ]);
    expect(caucasusRegistry().mentionsIn(LINES[5]!)).toEqual([]);
  });

  it('tells which lines open with a mention without searching the rest of the line', () => {
    for (const within of [0, 2, 4, 8]) {
      for (const line of LINES) {
        const first = caucasusRegistry().mentionsIn(line, 7)[0];
        const expected = first && first.start - 7 <= within ? first : undefined;
        expect(caucasusRegistry().openingMention(line, 7, within)).toEqual(expected);
      }
    }
  });

  it('answers again after a new name, which may change what a line opens with', () => {
    const registry = caucasusRegistry();
    expect(registry.openingMention(LINES[3]!, 0, 2)).toBeUndefined();
    registry.addAlias(registry.find('Aslan Byutukayev')!, 'Byutukayev');
    expect(registry.openingMention(LINES[3]!, 0, 2)?.text).toBe('Byutukayev');
  });

  it('finds an Arabic article in either case: "Al-Shabaab" opens a sentence, "al-Shabaab" runs on', () => {
    const registry = new EntityRegistry();
    registry.add('organization', 'al-Shabaab', { start: 0, end: 10 }, 'test');
    const mentions = registry.mentionsIn('Al-Shabaab denied it; officials blamed al-Shabaab and el-Shabaab.');
    expect(mentions.map((m) => m.text)).toEqual(['Al-Shabaab', 'al-Shabaab']);
  });
});
