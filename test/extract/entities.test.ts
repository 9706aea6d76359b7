import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/document-reader.js';
import { extractEntities } from '../../src/extract/entities.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { corpusDocuments } from '../support/corpus.js';

function entitiesOf(text: string) {
  const doc = readDocument(text, 'text');
  return extractEntities(doc, splitSentences(doc));
}

const seed = corpusDocuments().find((d) => d.folder === 'seed')!;

describe('extractEntities', () => {
  it('folds "al-X" and the translated "X Front" into a group named "Jabhat al-X"', () => {
    const { registry } = entitiesOf(
      'Jabhat al-Wadi is an armed group. Al-Wadi claimed responsibility for the ambush. In 2016 the Wadi Front grew stronger.\n',
    );
    const group = registry.find('Jabhat al-Wadi');
    expect(group?.aliases).toEqual(expect.arrayContaining(['Al-Wadi', 'Wadi Front']));
    expect(registry.records.map((r) => r.name)).toEqual(['Jabhat al-Wadi']);
  });

  it("folds the distinctive end of a group's name into it, but not a generic one", () => {
    const { registry } = entitiesOf(
      'The Abu Bakr al-Farooq Movement joined the alliance in 2017. The Farooq Movement left it in July. ' +
        'The Oromo Liberation Front and the Ogaden National Liberation Front met; the Liberation Front said nothing.\n',
    );
    expect(registry.find('Farooq Movement')?.name).toBe('Abu Bakr al-Farooq Movement');
    expect(registry.find('Liberation Front')?.name).not.toBe('Oromo Liberation Front');
  });

  it('folds a birth name the text gives after a nom de guerre into the same person', () => {
    const { registry } = entitiesOf(
      'In 2025 Abu Omar al-Wadi, now using his birth name Karim Haddad, was named interim president. Karim Haddad spoke on television.\n',
    );
    expect(registry.find('Karim Haddad')?.name).toBe('Abu Omar al-Wadi');
  });

  it('takes a quoted English rendering in parentheses for an alias', () => {
    const { registry } = entitiesOf(
      'In 2016 the group renamed itself Jabhat Bab al-Wadi ("Front for the Gate of the Valley").\n',
    );
    expect(registry.find('Jabhat Bab al-Wadi')?.aliases).toContain('Front for the Gate of the Valley');
  });

  it('takes an abbreviation in parentheses after the title for an alias of the group the title names', () => {
    const { main, registry } = entitiesOf(
      'Harakat al-Wadi (HAW)\nAlso known as: Valley Movement\nHAW fighters attacked a convoy in 2019.\n',
    );
    expect(main?.name).toBe('Harakat al-Wadi');
    expect(main?.aliases).toEqual(expect.arrayContaining(['HAW', 'Valley Movement']));
    expect(registry.records.filter((r) => r.kind === 'organization')).toHaveLength(1);
  });

  it('keeps the initialism before a state body in its name: "U.S. Department of State"', () => {
    const { registry } = entitiesOf(
      'Hill Brigades\nThe U.S. Department of State designated the Hill Brigades a terrorist organization in 2010.\n',
    );
    const names = registry.records.filter((r) => r.kind === 'organization').map((r) => r.name);
    expect(names).toContain('U.S. Department of State');
    expect(names).not.toContain('Department of State');
  });

  it('takes no person from a designation label ("Foreign Terrorist Organization")', () => {
    const { registry } = entitiesOf(
      'Hill Brigades\nDesignated: May 2, 2011 (U.S. Department of State, Foreign Terrorist Organization)\n',
    );
    expect(registry.records.filter((r) => r.kind === 'person')).toEqual([]);
  });

  it('takes no alias "Province" from the indefinite "a new Wilayah, or Province"', () => {
    const { main } = entitiesOf(
      'Islamic State – Sahel Province\n' +
        'Islamic State – Sahel Province is a militant group. In 2019 the Islamic State announced a new Wilayah, or Province, covering the Sahel. ' +
        'The Patriotic Front of Azawad fought it; fighters of the Front held Menaka.\n',
    );
    expect(main?.aliases).not.toContain('Province');
  });

  it('finds the seed article’s group with its abbreviation, title-block and names-note names', () => {
    const { registry, main } = entitiesOf(seed.text);
    expect(main?.name).toBe('Islamic State – Caucasus Province');
    expect(main?.aliases).toEqual(
      expect.arrayContaining([
        'IS-CP',
        'Vilayat Kavkaz',
        'Вилаят Кавказ Исламского государства',
        'İslam Dövləti - Qafqaz Vilayəti',
      ]),
    );
    expect(registry.find('ISIS')?.name).toBe('Islamic State');
    expect(registry.find('Emirate')?.name).toBe('Caucasus Emirate');
  });

  it('gives people their surname-only mentions and the nom de guerre a reference quote names', () => {
    const { registry } = entitiesOf(seed.text);
    expect(registry.find('Asildarov')?.name).toBe('Rustam Asildarov');
    expect(registry.find('Abu Mohammad al-Qadari')?.name).toBe('Rustam Asildarov');
    expect(registry.find('Adnani')?.name).toBe('Abu Mohammad al-Adnani');
  });

  it('reads names in parentheses, "known as" and other scripts', () => {
    const { registry } = entitiesOf(
      'Vilayat Dagestan (Вилайят Дагестан) was the Dagestani command of the Caucasus Emirate.\n' +
        'Chechen special police killed Aslan Byutukayev, the veteran commander known as Emir Khamzat, on Wednesday.\n' +
        'In December 2014 Rustam Asildarov (Abu Muhammad), then the vilayat’s emir, pledged allegiance to Abu Bakr al-Baghdadi.',
    );
    expect(registry.find('Вилайят Дагестан')?.name).toBe('Vilayat Dagestan');
    expect(registry.find('Emir Khamzat')?.name).toBe('Aslan Byutukayev');
    expect(registry.find('Abu Muhammad')?.name).toBe('Rustam Asildarov');
  });

  it('names a group by the initials of its name and by an adjective of it', () => {
    const { registry } = entitiesOf(
      'Dokka Umarov, the last president of the separatist Chechen Republic of Ichkeria, proclaimed it, abolishing the Ichkerian republic.\n' +
        'Its networks supplied many of the cadres of the Islamic State, and IS-inspired cells remain.',
    );
    expect(registry.find('Ichkerian republic')?.name).toBe('Chechen Republic of Ichkeria');
    expect(registry.find('IS')?.name).toBe('Islamic State');
  });

  it('keeps a spelling variant of a branch name as an alias', () => {
    const { registry } = entitiesOf(
      'The new Islamic State – Caucasus Province (IS-CP), in Russian Вилаят Кавказ (Vilayat Kavkaz), lost its structure.\n' +
        'Analysts judged that Wilayat Kavkaz was probably responsible.',
    );
    expect(registry.find('Islamic State – Caucasus Province')?.aliases).toEqual(
      expect.arrayContaining(['IS-CP', 'Вилаят Кавказ', 'Vilayat Kavkaz', 'Wilayat Kavkaz']),
    );
  });

  it('takes a bare acronym title for the group when the first sentence calls it an organization', () => {
    const { main, registry } = entitiesOf(
      'Basque separatist armed organization in Spain and France (1959–2018)\nETA\n' +
        'ETA[note 1] (Euskadi Ta Askatasuna, "Basque Homeland and Liberty") was a Basque nationalist and separatist armed organization.\n',
    );
    expect(main?.name).toBe('ETA');
    expect(registry.find('Euskadi Ta Askatasuna')?.name).toBe('ETA');
  });

  it('splits "Boko Haram and Islamic State West Africa Province" and learns Boko Haram from "Boko Haram fighters"', () => {
    const { registry } = entitiesOf(
      'Boko Haram and Islamic State West Africa Province: selected dispatches\n' +
        'Boko Haram claimed the abduction in a video. Suspected Boko Haram fighters killed at least 43 farm workers.\n',
    );
    expect(registry.find('Boko Haram')?.kind).toBe('organization');
    expect(registry.find('Islamic State West Africa Province')?.kind).toBe('organization');
  });

  it("takes neither a school nor a title for part of a person's name", () => {
    const { registry } = entitiesOf(
      'Dispatch\nGunmen abducted 276 schoolgirls from the Government Girls Secondary School in Chibok. ETA killed Prime Minister Luis Carrero Blanco in Madrid.\n',
    );
    const people = registry.records.filter((r) => r.kind === 'person').map((r) => r.name);
    expect(people).toEqual(['Luis Carrero Blanco']);
  });
});
