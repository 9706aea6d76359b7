import type { Gazetteer } from './gazetteer.js';
import { spellingKey } from './gazetteer-keys.js';
import { DISTRICT_WORDS, FEATURE_NOUNS, LOCATIVE_CUES, SETTLEMENT_NOUNS } from './gazetteer-words.js';
import { isAsciiLetterOrDigit } from './word-occurrences.js';

/** A word of the sentence, with its possessive or numeric suffix set apart. */
export interface Token {
  /** The word without "'s" or a "-1" suffix: `Russia’s` → `Russia`, `Volgograd-1` → `Volgograd`. */
  core: string;
  start: number;
  /** End of `core` (the suffix, if any, lies after it). */
  end: number;
  possessive: boolean;
  capitalized: boolean;
  lower: string;
}

// Dotted initials ("U.S.") are one word; other words may join parts with hyphens or apostrophes. Sticky: it is
// tried at one position and only tested, so no match object is built for each of the sentence's words.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’ʼ][\p{L}\p{N}]+)*/uy;
const APOSTROPHES = "'’ʼ";

// The end of a word of plain ASCII letters and digits at `start`, or -1 when what follows (a dot, a hyphen, an
// apostrophe, any non-ASCII character) leaves the word to the pattern. Most words end here, without the regex.
function plainWordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
  if (end === text.length) return end;
  const next = text.charCodeAt(end);
  return next < 128 && next !== 45 && next !== 39 && next !== 46 ? end : -1;
}

// A word without capitals or other than ASCII characters is its own lower case: most words are, and
// `toLowerCase` costs a call even then.
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 128) return word.toLowerCase();
  }
  return word;
}

/**
 * The words of a sentence with their spans.
 *
 * @example
 * tokenize("Moscow's Domodedovo")[0] // { core: 'Moscow', start: 0, end: 6, possessive: true, … }
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Every sentence passes here: plain character tests first, the regexes only where they can matter.
  for (let start = 0; start < text.length;) {
    const code = text.charCodeAt(start);
    let end = -1;
    if (code < 128) {
      // Other ASCII characters never start a word.
      if (!isAsciiLetterOrDigit(code)) {
        start++;
        continue;
      }
      end = plainWordEnd(text, start);
    }
    const plain = end >= 0;
    if (!plain) {
      WORD.lastIndex = start;
      if (!WORD.test(text)) {
        // On to the next character, past both halves of a surrogate pair as a Unicode search steps.
        start += text.codePointAt(start)! > 0xffff ? 2 : 1;
        continue;
      }
      end = WORD.lastIndex;
    }
    const word = text.slice(start, end);
    // A plain word (ASCII letters and digits, most words) has no apostrophe or hyphen: no suffix to set apart.
    const possessive = !plain && word.length > 2 && word.endsWith('s') && APOSTROPHES.includes(word[word.length - 2]!);
    const bare = possessive ? word.slice(0, -2) : word;
    const core = !plain && bare.includes('-') ? bare.replace(/-\d+$/, '') : bare;
    const first = core.charCodeAt(0);
    tokens.push({
      core,
      start,
      end: start + core.length,
      possessive,
      capitalized: first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(core),
      lower: lowerCase(core),
    });
    start = end;
  }
  return tokens;
}

/** What a phrase looks like: a gazetteer name, a named district, or an unknown settlement. */
export type PhraseKind = 'place' | 'district' | 'settlement' | 'feature';

/** A run of tokens that may name a place: tokens `first..last` (inclusive). */
export interface Phrase {
  kind: PhraseKind;
  first: number;
  last: number;
  /** The surface text of the name (suffixes such as "'s" left out). */
  text: string;
  start: number;
  end: number;
  /** A lower-case unit word after the name ("Idlib province"): the token `last` is that word. */
  unit?: Token;
}

// Lower-case words allowed inside a name ("Republic of Dagestan", "Bosnia and Herzegovina").
const CONNECTORS = new Set(['of', 'and', 'de', 'del', 'la', 'el', 'al', 'du', 'upon', 'on', 'the', 'da', 'do']);
// Lower-case unit words allowed at the end of a name ("Kursk region", "Borno state").
const TRAILING_UNITS = new Set(['region', 'province', 'oblast', 'republic', 'state', 'governorate', 'krai']);
const ABBREVIATIONS = new Set(['st', 'ste', 'ft', 'mt']);
const MAX_WORDS = 6;

/**
 * The text between two tokens, or a line break when one is missing (the sentence's edge).
 *
 * @example
 * gap('Moscow–Saint Petersburg', tokens[0], tokens[1]) // '–'
 */
export function gap(text: string, left: Token | undefined, right: Token | undefined): string {
  return left && right ? text.slice(left.end, right.start) : '\n';
}

/**
 * True when spaces or tabs, and nothing else, part two tokens (false at the sentence's edge).
 *
 * @example
 * spaced('Ramzan Kadyrov', tokens[0], tokens[1]) // true
 * spaced('Moscow–Saint Petersburg', tokens[0], tokens[1]) // false
 */
export function spaced(text: string, left: Token | undefined, right: Token | undefined): boolean {
  if (!left || !right || left.end >= right.start) return false;
  // A loop over the gap rather than a slice and a pattern: every capitalized word asks this several times.
  for (let at = left.end; at < right.start; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

// Two tokens belong to one name only when nothing but spaces (or an abbreviation's dot) parts them.
function joined(text: string, left: Token, right: Token): boolean {
  if (left.possessive) return false;
  return (
    spaced(text, left, right) || (ABBREVIATIONS.has(left.lower) && /^\.[ \t]*$/.test(text.slice(left.end, right.start)))
  );
}

function fits(tokens: Token[], first: number, last: number): boolean {
  const token = tokens[last]!;
  return token.capitalized || (last > first && (CONNECTORS.has(token.lower) || TRAILING_UNITS.has(token.lower)));
}

function endsWell(tokens: Token[], last: number): boolean {
  const token = tokens[last]!;
  return token.capitalized || TRAILING_UNITS.has(token.lower);
}

function phrase(text: string, tokens: Token[], kind: PhraseKind, first: number, last: number): Phrase {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { kind, first, last, text: text.slice(start, end), start, end };
}

// The capitalized run from `first` that could be a district name, when a district word follows.
function districtAt(text: string, tokens: Token[], first: number): Phrase | undefined {
  for (let last = first; last < Math.min(tokens.length - 1, first + 3); last++) {
    const next = tokens[last + 1]!;
    if (!tokens[last]!.capitalized || !joined(text, tokens[last]!, next)) return undefined;
    if (DISTRICT_WORDS.has(next.lower)) return phrase(text, tokens, 'district', first, last + 1);
  }
  return undefined;
}

// `keys` holds the spelling key of each token once read: a name is tried from every capitalized word before it.
function placeAt(
  text: string,
  tokens: Token[],
  keys: string[],
  first: number,
  gazetteer: Gazetteer,
): Phrase | undefined {
  let key = '';
  // The last token of the longest name found: its phrase is built once, after the loop.
  let bestLast = -1;
  for (let last = first; last < Math.min(tokens.length, first + MAX_WORDS); last++) {
    if (last > first && !joined(text, tokens[last - 1]!, tokens[last]!)) break;
    if (!fits(tokens, first, last)) break;
    key += keys[last] ??= spellingKey(tokens[last]!.core);
    if (endsWell(tokens, last) && gazetteer.hasKey(key)) bestLast = last;
  }
  if (bestLast < 0) return undefined;
  const best = phrase(text, tokens, 'place', first, bestLast);
  const unit = tokens[best.last + 1];
  if (!unit || !TRAILING_UNITS.has(unit.lower) || !joined(text, tokens[best.last]!, unit)) return best;
  return { ...best, last: best.last + 1, unit };
}

// Village names such as Zyazikov-Yurt or Gerei-Avlak: capitalized parts of three letters or more.
const COMPOUND_NAME = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})+$/u;

// The settlement noun and "of" that announce the name at `first`: "the village of X", and for the later names of
// a list, "the villages of X and Y", "the towns of X, Y and Z".
function announcedAt(text: string, tokens: Token[], first: number): boolean {
  let at = first;
  for (let names = 0; names < 4; names++) {
    const before = tokens[at - 1];
    // A later name needs a plural noun: "the village of X, and Y said" is no list.
    const noun = tokens[at - 2]?.lower ?? '';
    if (before?.lower === 'of') return SETTLEMENT_NOUNS.has(noun) && (names === 0 || noun.endsWith('s'));
    // Back over "and" or a comma, then over the earlier name of the list.
    let end = at - 1;
    if (before?.lower === 'and') end--;
    else if (!gap(text, before, tokens[at]).includes(',')) return false;
    let from = end;
    while (from >= 0 && end - from < 3 && tokens[from]!.capitalized) from--;
    if (from === end) return false;
    at = from + 1;
  }
  return false;
}

// "the village of Mara-Ayagy", "in Zyazikov-Yurt": a settlement noun and "of", or a locative
// preposition before a compound village name, announce a name the gazetteer may lack.
function settlementAt(text: string, tokens: Token[], first: number): Phrase | undefined {
  const of = tokens[first - 1];
  const cued = of !== undefined && LOCATIVE_CUES.has(of.lower) && COMPOUND_NAME.test(tokens[first]!.core);
  if (!cued && !announcedAt(text, tokens, first)) return undefined;
  let last = first;
  while (last + 1 < tokens.length && last - first < 2 && tokens[last + 1]!.capitalized) {
    if (!joined(text, tokens[last]!, tokens[last + 1]!)) break;
    last++;
  }
  return phrase(text, tokens, 'settlement', first, last);
}

// "in the Sambisa forest", "near the Tora Bora mountains": a natural feature the gazetteer lacks, named by up to
// three capitalized words and its lower-case noun after a locative preposition and "the".
function featureAt(text: string, tokens: Token[], first: number): Phrase | undefined {
  if (tokens[first - 1]?.lower !== 'the' || !LOCATIVE_CUES.has(tokens[first - 2]?.lower ?? '')) return undefined;
  for (let last = first; last < Math.min(tokens.length - 1, first + 3); last++) {
    const next = tokens[last + 1]!;
    if (!tokens[last]!.capitalized || !joined(text, tokens[last]!, next)) return undefined;
    if (FEATURE_NOUNS.has(next.core)) return phrase(text, tokens, 'feature', first, last + 1);
  }
  return undefined;
}

// "near Barawe": one capitalized word after a locative preposition that the gazetteer knows only as a district's
// name is the district's seat (GeoNames lists many small towns only by the district named after them). The
// geocoder keeps it only where the district lies in a country the text is about.
function districtSeatAt(text: string, tokens: Token[], first: number, gazetteer: Gazetteer): Phrase | undefined {
  const cue = tokens[first - 1];
  const next = tokens[first + 1];
  if (!cue || !LOCATIVE_CUES.has(cue.lower) || (next?.capitalized && joined(text, tokens[first]!, next)))
    return undefined;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(tokens[first]!.core)) return undefined;
  return gazetteer.districtRegions(tokens[first]!.core).length > 0
    ? phrase(text, tokens, 'district', first, first)
    : undefined;
}

/**
 * The phrases of a sentence that may name places, longest first at each position: named
 * districts ("Untsukul district"), names the gazetteer knows (up to six words), and
 * settlements announced by "the village of". Filtering by role happens in the geocoder.
 *
 * @example
 * scanPhrases('near Katyr-Yurt, in the Achkhoy-Martan district', tokenize(…), gazetteer)
 * // [{ kind: 'place', text: 'Katyr-Yurt' }, { kind: 'district', text: 'Achkhoy-Martan district' }]
 */
export function scanPhrases(text: string, tokens: Token[], gazetteer: Gazetteer): Phrase[] {
  const phrases: Phrase[] = [];
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalized) continue;
    const found =
      districtAt(text, tokens, i) ??
      featureAt(text, tokens, i) ??
      placeAt(text, tokens, keys, i, gazetteer) ??
      settlementAt(text, tokens, i) ??
      districtSeatAt(text, tokens, i, gazetteer);
    if (!found) continue;
    phrases.push(found);
    i = found.last;
  }
  return phrases;
}
