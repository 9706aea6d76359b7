import { describe, expect, it } from 'vitest';
import { typeAttack } from '../../src/extract/event-classify.js';

describe('typeAttack', () => {
  it('makes a siege with guns and a suicide bomb an armed assault, a suicide bombing alone a bombing', () => {
    expect(typeAttack('Militants attacked a beach hotel with rifles and a suicide vest')).toMatchObject({
      subtype: 'armed_assault',
    });
    expect(typeAttack('A suicide bomber blew himself up at the gate before gunmen stormed the compound')).toMatchObject(
      {
        subtype: 'bombing',
      },
    );
  });

  it('makes an ambush with no weapon named an armed assault, one with a roadside bomb a bombing', () => {
    expect(typeAttack('Fighters ambushed an army convoy on the road to the border')).toMatchObject({
      subtype: 'armed_assault',
    });
    expect(typeAttack('Fighters ambushed an army convoy with a roadside bomb')).toMatchObject({ subtype: 'bombing' });
  });

  it('makes a knife-and-grenade attack an armed assault because the knife leads', () => {
    expect(typeAttack('a militant managed to attack police officers with a knife and a hand grenade')).toMatchObject({
      subtype: 'armed_assault',
      weapons: ['melee', 'explosives'],
      targets: ['police'],
    });
  });

  it('makes a suicide attack a bombing', () => {
    expect(
      typeAttack('A suicide bomber struck the international arrivals hall of Moscow’s Domodedovo Airport').subtype,
    ).toBe('bombing');
  });

  it('makes a ramming an unarmed assault and ignores the police’s fire', () => {
    const text =
      'a driver tried to run down a traffic officer, then hit two more officers while fleeing and was killed when police opened fire on his car.';
    expect(typeAttack(text)).toMatchObject({ subtype: 'unarmed_assault', weapons: ['unknown'] });
  });

  it('counts petrol bombs as incendiary, not explosives', () => {
    const text =
      'Four men armed with a sawn-off shotgun, knives, hatchets and petrol bombs stormed the Archangel Michael church';
    expect(typeAttack(text).weapons).toEqual(['firearms', 'melee', 'incendiary']);
  });

  it('leaves out a weapon only found afterwards', () => {
    const text =
      'a knife-wielding militant attacked two police officers. A hunting rifle was reportedly found in his car.';
    expect(typeAttack(text).weapons).toEqual(['melee']);
  });

  it('makes the killing of a named sheikh an assassination', () => {
    expect(
      typeAttack('A female suicide bomber posing as a pilgrim killed Sufi sheikh Said Afandi al-Chirkawi').subtype,
    ).toBe('assassination');
  });
});
