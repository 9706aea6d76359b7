import type { EventCategory, EventSubtype } from '../model/index.js';
import { ATTACK_CUES, ORGANIZATIONAL_CUES, PERSON_NOUNS, SECURITY_CUES } from './vocabulary.js';

/** What kind of incident a sentence reports, and where its trigger word stands. */
export interface IncidentCue {
  category: EventCategory;
  /** Set for organizational and security events, where the cue decides it; attacks are typed later. */
  subtype?: EventSubtype;
  /** Index of the trigger in the sentence, for picking the date nearest to it. */
  index: number;
  rule: string;
}

const ARREST = /\btrying to (?:detain|arrest)|\b(?:detained|arrested|detention)\b/i;
const RAID = /\b(?:stormed|storming|raid on|raided|barricaded)\b/i;
const AIRSTRIKE = /\b(?:air|drone) ?strikes?\b/i;
// Militants or a named fighter killed with no attack told: "five other IS militants were killed".
const MILITANTS_KILLED =
  /\b(?:militants?|insurgents?|fighters?)\b[^.;]{0,40}\b(?:were|was) killed\b|^(?:\p{Lu}\p{L}+ ){0,3}(?:was|were) killed\b|^Killed\b/u;
const CLAIM_FOR = /\bclaim(?:ed|ing) (?:responsibility for|the|both)\b/i;
// Victims of a violent act told in the passive: "A traffic policeman was killed and two colleagues were wounded".
const VICTIMS_HIT = new RegExp(
  String.raw`\b${PERSON_NOUNS}\b[^.;]{0,40}\b(?:were|was) (?:shot dead|killed|wounded|injured)\b|\b${PERSON_NOUNS} (?:died|were shot dead)\b`,
  'i',
);
// An attacker as the subject of an active killing: "A female suicide bomber … killed Sufi sheikh …".
const ATTACKER_KILLED =
  /\b(?:bombers?|gunm[ae]n|attackers?|assailants?|militants|fighters|insurgents|jihadists)\b(?:[\s,]+[\w-]+){0,8}?[\s,]+(?<!were |was |been )killed\b/i;
// A word the three patterns above need: a sentence without one is not scanned with them.
const HARM_WORD = /kill|wound|injur|died|shot dead/i;
const ATTACKERS = /\b(?:gunm[ae]n|attackers?|assailants?|bombers?)\b/i;
const ORGANIZATIONAL_ENTRIES = Object.entries(ORGANIZATIONAL_CUES) as [EventSubtype, RegExp][];
// Any one of the organizational cues, in one pass: most sentences hold none, and are then not scanned six times.
const ANY_ORGANIZATIONAL = new RegExp(ORGANIZATIONAL_ENTRIES.map(([, cue]) => cue.source).join('|'), 'i');

/**
 * Tells whether a sentence reports an incident: an attack (a violent act by militants, or a claim of
 * one), a security operation (state forces raid, arrest or kill militants), or an organizational act
 * (pledge, defection, formation, leadership change, statement, dissolution).
 *
 * @example
 * detectIncident('FSB special forces stormed a house in Gunib where he was hiding')
 * // { category: 'security_operation', subtype: 'raid', … }
 */
export function detectIncident(text: string): IncidentCue | null {
  const harm = HARM_WORD.test(text);
  const attack = ATTACK_CUES.exec(text) ?? CLAIM_FOR.exec(text) ?? (harm ? ATTACKER_KILLED.exec(text) : null);
  const security = SECURITY_CUES.exec(text);
  if (security && ARREST.test(text)) {
    return { category: 'security_operation', subtype: 'arrest', index: security.index, rule: 'arrest-attempt' };
  }
  // "Gunmen attacked … (all 4 gunmen were killed by security forces)": the attack told first is the event.
  const forcesEndedIt = /killed by/.test(text) && !(attack && security && attack.index < security.index);
  if (security && (!attack || RAID.test(text) || AIRSTRIKE.test(text) || forcesEndedIt)) {
    const subtype = AIRSTRIKE.test(text) ? 'airstrike' : RAID.test(text) ? 'raid' : 'unknown';
    return { category: 'security_operation', subtype, index: security.index, rule: 'state-forces' };
  }
  if (attack) return { category: 'attack', index: attack.index, rule: 'attack-cue' };
  const militants = harm ? MILITANTS_KILLED.exec(text) : null;
  if (militants)
    return { category: 'security_operation', subtype: 'unknown', index: militants.index, rule: 'militants-killed' };
  const victims = harm ? VICTIMS_HIT.exec(text) : null;
  if (victims && (!security || ATTACKERS.test(text)))
    return { category: 'attack', index: victims.index, rule: 'victims' };
  // The act told first is the event: "announced its Caucasus branch …, after most commanders had transferred …".
  // A statement that reports another act is that act's source, not the event: "said in an audio message that
  // their leader had died in May".
  let act: { subtype: EventSubtype; at: number } | undefined;
  let statement: typeof act;
  if (!ANY_ORGANIZATIONAL.test(text)) return null;
  for (const [subtype, cue] of ORGANIZATIONAL_ENTRIES) {
    const at = cue.exec(text)?.index;
    if (at === undefined) continue;
    if (subtype === 'statement') statement = { subtype, at };
    else if (!act || at < act.at) act = { subtype, at };
  }
  const first = act ?? statement;
  if (first)
    return { category: 'organizational', subtype: first.subtype, index: first.at, rule: `org-${first.subtype}` };
  return null;
}
