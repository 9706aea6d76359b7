import type { Gazetteer, Place } from './gazetteer.js';
import { gap, spaced, type Phrase, type Token } from './gazetteer-scan.js';
import {
  COMPASS_WORDS,
  CUE_FILLERS,
  FACILITY_WORDS,
  LOCATIVE_CUES,
  NEVER_PLACES,
  OPENERS,
  SPEECH_VERBS,
} from './gazetteer-words.js';

// Two names joined by a dash or slash modify a noun ("a Moscow–Saint Petersburg train",
// "the Israel–Hamas war"): a route or a pair, not where something happened.
const PAIRED = /^[–—/]$/;

// A capitalized word glued to the name makes it part of a longer proper name:
// "Vilayat Dagestan", "Caucasus Emirate", "Ramzan Kadyrov", "Chechen Republic of Ichkeria".
function insideLongerName(text: string, tokens: Token[], phrase: Phrase): boolean {
  const before = tokens[phrase.first - 1];
  const after = tokens[phrase.last + 1];
  if (before?.capitalized && PAIRED.test(gap(text, before, tokens[phrase.first]))) return true;
  if (after?.capitalized && PAIRED.test(gap(text, tokens[phrase.last], after))) return true;
  if (before?.capitalized && !before.possessive && spaced(text, before, tokens[phrase.first])) {
    if (!OPENERS.has(before.lower)) return true;
  }
  const last = tokens[phrase.last]!;
  if (last.possessive || !after || !spaced(text, last, after)) return false;
  if (after.capitalized) return !FACILITY_WORDS.has(after.lower);
  const then = tokens[phrase.last + 2];
  return after.lower === 'of' && then?.capitalized === true && spaced(text, after, then);
}

// A name followed by a comma and a date heads a dispatch or a list item: "Chirkey, 28 August
// 2012.", "GROZNY, 21 August 2018 —". Sticky: tried right after the name, without a slice of the rest.
const DATED_HEADING =
  /(?:['’]s)?,\s*(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/y;

// Looks back over "the", "village of", compass words, for "in", "near", "outside" …; a dated
// heading and a name right after another place in a list ("Dagestan, Chechnya, and
// Ingushetia") count too.
function hasCue(text: string, tokens: Token[], phrase: Phrase, previous: Phrase | undefined): boolean {
  for (let i = phrase.first - 1; i >= Math.max(0, phrase.first - 6); i--) {
    const word = tokens[i]!.lower;
    if (LOCATIVE_CUES.has(word)) return true;
    if (!CUE_FILLERS.has(word) && !COMPASS_WORDS.has(word)) break;
  }
  DATED_HEADING.lastIndex = phrase.end;
  if (DATED_HEADING.test(text)) return true;
  if (!previous) return false;
  const between = text.slice(previous.end, phrase.start);
  return /^(?:['’]s)?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*\(\s*|\s+in\s+)$/.test(between);
}

// "IS", "FSB", "NAK" are organizations' initials, not towns called Is; "US", "UK" and "KRI"
// still name a country or a region. Longer capitals stay open to towns: datelines ("GAZA, …").
const INITIALS = /^(?:\p{Lu}{1,3}|(?:\p{Lu}\.)+)$/u;
function withoutTownsForInitials(surface: string, places: Place[]): Place[] {
  return INITIALS.test(surface) ? places.filter((p) => p.kind !== 'city') : places;
}

// The gazetteer's candidates, narrowed by what the phrase itself says about its kind.
function placesFor(phrase: Phrase, gazetteer: Gazetteer): Place[] {
  const places = withoutTownsForInitials(phrase.text, gazetteer.lookup(phrase.text));
  // "Idlib province", "Kaduna state": the region, not its capital of the same name.
  const regions = phrase.unit ? places.filter((p) => p.kind === 'admin1') : [];
  return regions.length > 0 ? regions : places;
}

/** A phrase in a place role, with the gazetteer's candidates for it. */
export interface Candidate {
  phrase: Phrase;
  places: Place[];
  /** A locative cue announces it ("in", "near", "the village of", a list of places). */
  cued: boolean;
}

/**
 * The phrases of a sentence that stand in a place role, with their candidates: names inside
 * longer proper names ("Vilayat Dagestan", "Caucasus Emirate", "Ramzan Kadyrov"), route
 * pairs ("Moscow–Saint Petersburg train"), speakers ("Jackson said"), calendar and title
 * words, and towns for organizations' initials ("IS") are left out.
 *
 * @example
 * placeCandidates(text, tokens, scanPhrases(text, tokens, gazetteer), gazetteer)
 * // for "near Katyr-Yurt": [{ phrase: { text: 'Katyr-Yurt', … }, places: [Katyr-Yurt], cued: true }]
 */
export function placeCandidates(text: string, tokens: Token[], phrases: Phrase[], gazetteer: Gazetteer): Candidate[] {
  const kept: Candidate[] = [];
  for (const phrase of phrases) {
    if (phrase.kind === 'place') {
      const word = tokens[phrase.first]!;
      if (phrase.first === phrase.last && NEVER_PLACES.has(word.lower)) continue;
      if (insideLongerName(text, tokens, phrase)) continue;
    }
    const cued = hasCue(text, tokens, phrase, kept.at(-1)?.phrase);
    if (!cued && phrase.kind === 'place' && SPEECH_VERBS.has(tokens[phrase.last + 1]?.lower ?? '')) continue;
    const places = phrase.kind === 'place' ? placesFor(phrase, gazetteer) : [];
    kept.push({ phrase, places, cued });
  }
  return kept;
}
