import type { EventSubtype, TargetType, WeaponType } from '../model/index.js';
import { TARGET_CUES, WEAPON_CUES } from './vocabulary.js';

/** The GTD typing of an attack: attack type, weapon types and target types. */
export interface AttackTyping {
  subtype: EventSubtype;
  weapons: WeaponType[];
  targets: TargetType[];
}

const SUICIDE = /\bsuicide\b|\bblew (?:himself|herself|themselves) up\b/i;
const ASSASSINATION =
  /\bkilled (?:the )?(?:Sufi |senior |prominent |former )?(?:sheikh|cleric|mufti|imam|mayor|governor|judge|official|prime minister|president|minister|councillor|councilor|senator|lawmaker|police chief)\b|\bassassinat/i;
// A named religious or public figure as the target: "the home of the Sufi sheikh Said Afandi al-Chirkawi".
const FIGURE = /\b(?:sheikh|cleric|mufti|imam|mayor|governor|judge|minister)\s\p{Lu}/u;
const KIDNAP = /\b(?:kidnapp\w*|abduct\w*|seized \d+|took \w+ hostage)\b/i;
const HOSTAGE = /\b(?:hostages?|barricaded)\b/i;
// An ambush with no weapon named is fought with guns; a roadside bomb named in it makes it a bombing above.
const AMBUSH = /\bambush(?:ed|es)?\b/i;
const RAMMING = /\b(?:run down|ran down|drove into|rammed)\b/i;
// Weapons a text says were only found afterwards ("a firearm was found in his car") were not used.
const FOUND_AFTER = /\b(?:was|were) (?:reportedly )?found\b/i;

// The space after a full stop or semicolon, where a clause ends.
const CLAUSE_BREAK = /(?<=[.;])\s+/;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');

// Fire returned by the police is not the attackers' weapon ("was killed when police opened fire on his car").
const FORCES_FIRE =
  /\b(?:police|officers|security forces|troops|guards)\b[^.;,]{0,20}\b(?:opened fire|fired back|returned fire|shot)\b[^.;,]*/gi;

const WEAPON_ENTRIES = Object.entries(WEAPON_CUES) as [WeaponType, RegExp][];
const TARGET_ENTRIES = Object.entries(TARGET_CUES) as [TargetType, RegExp][];

function firstIndex(text: string, cue: RegExp): number {
  const m = cue.exec(text);
  return m ? m.index : -1;
}

/**
 * Types an attack the GTD way from the words of its sentences: firearms or melee weapons make an
 * armed assault, explosives a bombing unless firearms lead, a suicide attacker a bombing, the killing
 * of a named religious or public figure an assassination, a vehicle ramming an unarmed assault.
 *
 * @example
 * typeAttack('a militant managed to attack police officers with a knife and a hand grenade')
 * // { subtype: 'armed_assault', weapons: ['melee', 'explosives'], targets: ['police'] }
 */
export function typeAttack(text: string): AttackTyping {
  // Without a weapon found afterwards no clause is left out: the clauses are only joined again by one space.
  const clauses = FOUND_AFTER.test(text)
    ? text
        .split(CLAUSE_BREAK)
        .filter((clause) => !FOUND_AFTER.test(clause))
        .join(' ')
    : text.replace(CLAUSE_BREAKS, ' ');
  const used = clauses.replace(FORCES_FIRE, ' ');
  // Petrol bombs are incendiary, not explosives: other cues read the text without them.
  const scrubbed = used.replace(/petrol bombs?|molotov cocktails?/gi, (m) => ' '.repeat(m.length));
  const positions = WEAPON_ENTRIES.map(
    ([type, cue]) => [type, firstIndex(type === 'incendiary' ? used : scrubbed, cue)] as const,
  )
    .filter(([, at]) => at >= 0)
    .sort((a, b) => a[1] - b[1]);
  const weapons = positions.map(([type]) => type);
  const targets = TARGET_ENTRIES.filter(([, cue]) => cue.test(text)).map(([type]) => type);
  const lead = weapons.find((w) => w !== 'incendiary');
  const armed = lead === 'firearms' || lead === 'melee';
  // A suicide bomb makes a bombing unless guns lead the telling: "attacked the hotel with guns and a suicide bomb".
  const suicide = SUICIDE.exec(used);
  const gunsFirst = armed && suicide !== null && (positions[0]?.[1] ?? Infinity) < suicide.index;
  let subtype: EventSubtype = 'unknown';
  if (ASSASSINATION.test(text) || (FIGURE.test(text) && /\bkilling him\b/.test(text))) subtype = 'assassination';
  else if (suicide && !gunsFirst) subtype = 'bombing';
  else if (KIDNAP.test(text)) subtype = 'kidnapping';
  else if (HOSTAGE.test(text) && !/\bkilled\b/.test(text)) subtype = 'hostage_barricade';
  else if (armed) subtype = 'armed_assault';
  else if (lead === 'explosives') subtype = 'bombing';
  else if (RAMMING.test(text)) subtype = 'unarmed_assault';
  else if (AMBUSH.test(text)) subtype = 'armed_assault';
  return { subtype, weapons: weapons.length ? weapons : ['unknown'], targets: targets.length ? targets : ['unknown'] };
}
