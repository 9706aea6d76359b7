import { addCounts, countBounds, countFromBounds, type Count } from '../model/index.js';
import type { CountMention } from './types.js';
import { PERSON_NOUNS } from './vocabulary.js';
import { allMatches } from './all-matches.js';

/** Casualty figures one sentence gives, split the GTD way. */
export interface Casualties {
  /** Deaths among victims, or all deaths when `includesPerpetrators`. */
  killed?: Count;
  killedPerpetrators?: Count;
  injured?: Count;
  /** The toll already counts the attackers ("18 dead, the bomber included", "Forty people died in all"). */
  includesPerpetrators?: boolean;
}

const PASSIVE =
  /\b(?:(?:were|was|been) (?:\w+ )?(?:killed|shot dead|wounded|injured|hurt|taken to hospital)|died|dead|killed|wounded|injured|hurt)\b/g;
const ACTIVE = /\b(?:killing|wounding|injuring|leaving|causing the injuries of|killed|wounded|injured|hit)\s/g;
// "killed 5", "wounded a traffic officer": a verb followed by its object is active, not a passive toll.
const OBJECT_FOLLOWS =
  /^\s+(?:at least |some |about |all )?(?:\d|a |an |another |one |two |three |four |five |six |seven |eight |nine |ten |him\b|her\b|the |Sufi |[A-Z][a-z]+ [A-Z])/;
const PERPETRATOR =
  /\b(?:attackers?|militants?|gunm[ae]n|assailants?|bombers?|insurgents?|fighters?|associates|suspects?)\b/i;
// One person each: "a parishioner", "another worshipper", "a law enforcement officer", "the attacker",
// "his driver"; "him" only as an object.
const SINGULAR = new RegExp(
  String.raw`\b(?:a|an|another|one|the|his|her)\s(?:[\w-]+\s){0,2}?${PERSON_NOUNS}\b|\ba (?:second|third|fourth)\b`,
  'gi',
);
const NAME_ALONE = /^\s*\p{Lu}\p{L}+(?:\s\p{Lu}[\p{L}-]+)+,?(?:\s\d{1,2},)?\s*$/u;
const OBJECT_PRONOUN = /^\s*(?:him|her)\b/i;
const SUBJECT_PRONOUN = /^\s*(?:he|she)\b/i;
// A full stop inside "U.S. soldiers" is an abbreviation's, not a boundary.
const BOUNDARY = /[;:()]|\.(?!\p{L}|\s+\p{Ll})|\b(?:when|before|after|while|as well as|in addition)\b/gu;
const INJURY = /wound|injur|hurt|hospital|\bhit\b/;
const BY_FORCES = /^\s+by (?:the )?(?:security forces|police|soldiers|troops|the army|army|forces|commandos)\b/;
const REVISED_TO = /\b(?:rose|risen|raised|revised|climbed|increased)\b(?=[^.;]{0,40}?\bto\s)/;
const BOMBER_CLAUSE = /\b(?:plus|including|included|again including) the bombers?\b|\bthe bombers? included\b/g;

function lastBoundary(text: string): number {
  let at = 0;
  for (const m of allMatches(BOUNDARY, text)) at = m.index + m[0].length;
  return at;
}

// Sums the counts (and singular noun phrases) of a window: "Two police officers and a parishioner" → 3.
function windowCount(window: string, counts: CountMention[], from: number, pronoun: RegExp): Count | undefined {
  const inside = counts.filter(
    (c) => c.start >= from && c.end <= from + window.length && !/^\s*times\b/.test(window.slice(c.end - from)),
  );
  const ages = (c: CountMention) =>
    /^,\s/.test(window.slice(c.end - from)) && /,\s$/.test(window.slice(0, c.start - from));
  let total: Count | undefined;
  for (const c of inside.filter((x) => !ages(x))) total = total === undefined ? c.count : addCounts(total, c.count);
  const masked = inside.reduce(
    (w, c) => w.slice(0, c.start - from) + ' '.repeat(c.end - c.start) + w.slice(c.end - from),
    window,
  );
  // "Asildarov and four of his associates": the named person is one more.
  const named = /\p{Lu}[\p{L}-]+ and (?=\S+ (?:other|more|of (?:his|her|their))\b)/u.test(window) ? 1 : 0;
  // "the attackers" is not one person; "Mikail Miziev, 18," alone is.
  // "Six people, including the priest": one of the six, not a seventh.
  let single = 0;
  for (const m of allMatches(SINGULAR, masked)) {
    if (!/(?:s|men|people|children)$/i.test(m[0]) && !/\bincluding\s$/i.test(masked.slice(0, m.index))) single++;
  }
  const alone = total === undefined && NAME_ALONE.test(window) ? 1 : 0;
  const singles = single + (pronoun.test(masked) ? 1 : 0) + named + alone;
  if (singles) total = total === undefined ? singles : addCounts(total, singles);
  return total;
}

function add(into: Casualties, field: 'killed' | 'killedPerpetrators' | 'injured', count: Count): void {
  into[field] = into[field] === undefined ? count : addCounts(into[field], count);
}

// Every word `readCasualties` reacts to: its verbs, "toll", "bomber", "himself", "including", "survived".
const CASUALTY_CUE =
  /kill|dead|died|wound|injur|hurt|hospital|hit|leaving|causing|himself|herself|bomber|including|toll|survived/i;

/**
 * False when a sentence holds none of the words a toll is told with, so `readCasualties` would find
 * nothing in it: the caller may skip finding its counts.
 *
 * @example
 * mayTellCasualties('The group was founded in 2009.') // false
 * mayTellCasualties('Two officers were wounded.') // true
 */
export function mayTellCasualties(sentence: string): boolean {
  return CASUALTY_CUE.test(sentence);
}

/**
 * Reads who died and who was hurt in one sentence: passive tolls ("Two police officers and a parishioner
 * died"), active ones ("killing 37 people as well as himself and wounding 173"), attackers killed ("All
 * six attackers were killed", "killing the attacker"), tolls that include the bomber ("18 dead, the bomber
 * included"), and competing figures ("Kadyrov put the number … at six, the NAK at five" → 5–6).
 *
 * @example
 * readCasualties('killing 5 and injuring 5', counts) // { killed: 5, injured: 5 }
 */
export function readCasualties(sentence: string, counts: CountMention[], offset: number): Casualties {
  let text = sentence;
  const local = counts.map((c) => ({ ...c, start: c.start - offset, end: c.end - offset }));
  // "plus the bomber", "including the bomber" qualify a toll; the bomber is not one more casualty in a window.
  // The rules about "the bomber" are only tried on a sentence that names one: most name none.
  const bomber = sentence.includes('bomber');
  if (bomber)
    text = text.replace(BOMBER_CLAUSE, (m) => `${m.slice(0, m.indexOf(' '))}${' '.repeat(m.length - m.indexOf(' '))}`);
  const out: Casualties = {};
  // "killed at least 43" is one figure, not a source's ("put the number killed at six").
  const competing = /\bkilled at\s(?!least\b|most\b)/.exec(text);
  if (competing) {
    // Each source's figure follows "at": "killed at six, the NAK at five".
    const figures = local
      .filter((c) => c.start > competing.index && /\bat\s+$/.test(text.slice(Math.max(0, c.start - 4), c.start)))
      .map((c) => countBounds(c.count));
    if (figures.length)
      out.killed = countFromBounds(
        Math.min(...figures.map((f) => f[0])),
        Math.max(...figures.map((f) => f[1] ?? f[0])),
      );
  }
  // "killed between 10 and 15 villagers", "killed more than 100 people": a count right after the verb is its object.
  const objectAt = (index: number) =>
    OBJECT_FOLLOWS.test(text.slice(index)) || local.some((c) => c.start > index && !text.slice(index, c.start).trim());
  let previousVerb = 0;
  for (const m of competing ? [] : allMatches(PASSIVE, text)) {
    const from = Math.max(previousVerb, lastBoundary(text.slice(0, m.index)));
    const window = text.slice(from, m.index);
    previousVerb = m.index + m[0].length;
    if (objectAt(m.index + m[0].length) && !/^(?:were|was|been)/.test(m[0])) continue;
    if (!window.trim() || /\b(?:killing|wounding|injuring|leaving)\b/.test(window)) continue;
    const count =
      windowCount(window, local, from, SUBJECT_PRONOUN) ??
      (/\ball\b/i.test(window) && PERPETRATOR.test(window) ? { min: 2, max: null } : undefined);
    if (count === undefined) continue;
    // "all four were shot dead by security forces": those the forces killed were the attackers.
    const byForces = BY_FORCES.test(text.slice(m.index + m[0].length));
    if (INJURY.test(m[0])) add(out, 'injured', count);
    else if (PERPETRATOR.test(window) || /^\s*(?:he|she)\s/i.test(window) || byForces)
      add(out, 'killedPerpetrators', count);
    else add(out, 'killed', count);
  }
  for (const m of allMatches(ACTIVE, text)) {
    if (competing && !INJURY.test(m[0])) continue;
    // A bare participle ("killed", "hit") is active only with its object right after it.
    if (/^(?:killed|wounded|injured|hit)\s$/.test(m[0]) && !objectAt(m.index + m[0].length - 1)) {
      if (!/^[A-Z]/.test(text.slice(m.index + m[0].length))) continue;
    }
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    const end =
      start +
      Math.min(
        ...[
          rest.search(
            /[;,(]|\.(?!\p{L}|\s+\p{Ll})|\band (?:wounding|injuring|killing|wounded|injured|killed|was|were)\b|\b(?:in|on|as well as|while|when|before)\s|\bat\s(?!least)/u,
          ),
          rest.length,
        ].filter((i) => i >= 0),
      );
    const count = windowCount(text.slice(start, end), local, start, OBJECT_PRONOUN);
    if (count === undefined) continue;
    const byForces = /\b(?:police|officers|forces|troops|soldiers|guards)\b[^.;]{0,30}$/.test(text.slice(0, m.index));
    if (INJURY.test(m[0])) add(out, 'injured', count);
    else if (PERPETRATOR.test(text.slice(start, end)) || byForces) add(out, 'killedPerpetrators', count);
    else add(out, 'killed', count);
  }
  if (/\bas well as (?:himself|herself)\b/.test(sentence) || (bomber && /\bplus the bomber\b/.test(sentence)))
    add(out, 'killedPerpetrators', 1);
  // "two men … wounded two officers before being shot dead": the sentence's subject died.
  if (/\bbefore being (?:shot dead|killed)\b|\b(?:and|then) was (?:\w+ )?(?:killed|shot dead)\b/.test(text)) {
    const subject = local.find((c) =>
      new RegExp(String.raw`^\s+(?:[\w-]+\s){0,2}?${PERSON_NOUNS}`, 'i').test(text.slice(c.end)),
    );
    out.killedPerpetrators ??= subject && /before being/.test(text) ? subject.count : 1;
  }
  if (bomber && /\b(?:including|included) the bomber\b|\bthe bomber included\b/.test(sentence))
    out.killedPerpetrators ??= 1;
  if (
    (bomber && /\b(?:including|included) the bombers?\b|\bthe bombers? included\b/.test(sentence)) ||
    /\bdied in all\b/.test(sentence)
  )
    out.includesPerpetrators = true;
  const including = /including (\d+) (?:militants|attackers|gunmen)/.exec(text);
  if (including) {
    out.killedPerpetrators = Number(including[1]);
    out.includesPerpetrators = true;
  }
  // "The toll, first reported as 32, rose to 84 killed"; "spoke of 12 dead; the toll rose to 28 and later to 29":
  // the last figure the toll rose to stands for the dead.
  const rose = REVISED_TO.exec(text);
  if (rose) {
    const figures = local.filter(
      (c) =>
        c.start > rose.index &&
        /\bto\s+(?:at least\s+)?$/.test(text.slice(Math.max(rose.index, c.start - 15), c.start)),
    );
    const latest = figures[figures.length - 1];
    if (latest && !INJURY.test(text.slice(latest.end, latest.end + 20))) out.killed = latest.count;
  }
  // "put the toll at 40, later raised to 145", "the death toll rose to 62": the last figure given stands.
  const toll = /\b(?:death\s)?toll\b/i.exec(text);
  if (toll && out.killed === undefined) {
    const figures = local.filter(
      (c) => c.start > toll.index && /\b(?:at|to|of)\s+$/.test(text.slice(toll.index, c.start)),
    );
    const latest = figures[figures.length - 1];
    if (latest) out.killed = latest.count;
  }
  if (bomber && /\bthe bomber survived\b/.test(text)) out.killedPerpetrators = 0;
  if (/\bsurvived with (?:injuries|wounds)\b/.test(text)) out.injured ??= 1;
  if (/\bnobody else was (?:hurt|injured|killed)\b/.test(text)) out.killed ??= 0;
  return out;
}
