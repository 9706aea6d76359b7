import { countFromBounds, type Count } from '../model/index.js';
import { NUMBER_WORD_PATTERN, parseNumberWord } from './number-words.js';
import type { CountMention } from './types.js';
import { allMatches } from './all-matches.js';
import { memoizeByWord } from './word-memo.js';

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{1,6}|${NUMBER_WORD_PATTERN}|a\s+dozen|dozens|scores|hundreds|thousands|several(?:\s+dozen)?|a\s+few|a\s+number\s+of|a\s+handful\s+of|both|a\s+(?:second|third|fourth|fifth)(?!\s+of))(?![\p{L}\d])`;
const MODIFIER = String.raw`(?<mod>at\s+least|no\s+fewer\s+than|more\s+than|over|upwards\s+of|fewer\s+than|less\s+than|nearly|almost|about|around|approximately|some|roughly)\s+`;
// "between 10 and 15", "four or five", "10-15", "100+", "at least 7"; bounded, so linear on any input. A count
// opens with a digit or with the first two letters of a modifier ("at", "ab", "ne"), "between" or a number word
// ("tw", "th", "a " of "a dozen"): the lookahead turns any other position away at once.
const COUNT = new RegExp(
  String.raw`(?=\d|a[blprt\s]|b[eo]|do|e[il]|f[eio]|hu|le|mo|n[eio]|o[nv]|ro|s[ceio]|t[ehw]|up|ze)(?<![\p{L}\d,.$£€\[-])(?:${MODIFIER})?(?:between\s+(?<lo>${NUMBER})\s+and\s+(?<hi>${NUMBER})|(?<a>${NUMBER})(?:\s{0,2}(?:–|-|to|or)\s{0,2}(?<b>${NUMBER}))?(?<plus>\+)?)`,
  'giu',
);

// What follows a number that is not a count of people: ages, times, distances, money, dates, ordinal parts.
const NOT_A_COUNT =
  /^(?:[\s-]{0,2}(?:years?|yrs?)[\s-]old|\s{0,2}(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|hours?\b|minutes?\b|seconds?\b|km\b|kilomet|metres?\b|meters?\b|miles?\b|%|per\s?cent|million\b|billion\b|times\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|:\d|\.\d)/i;
const MONTH_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s{1,3}$/i;

/**
 * Number expressions as counts (codebook §5): `37`, `1,200`, `seventeen`, `a dozen`, `at least 7` →
 * `{ min: 7, max: null }`, `more than 100` → `{ min: 101, max: null }`, `100+`, `several` / `a few` →
 * `{ min: 2, max: null }`, `dozens` → `{ min: 24, max: null }`, `four or five` / `10-15` → a range,
 * `a third` (the third person hurt) → 1. Years, ages ("a 22-year-old"), times ("6 p.m."), distances,
 * days of dates and footnote markers are not counts. `offset` is where `text` starts in the document.
 *
 * @example
 * findCounts('killing at least 15 police officers and wounding dozens', 0).map((c) => c.count)
 * // [{ min: 15, max: null }, { min: 24, max: null }]
 */
export function findCounts(text: string, offset: number): CountMention[] {
  const mentions: CountMention[] = [];
  for (const m of allMatches(COUNT, text)) {
    const end = m.index + m[0].length;
    if (
      NOT_A_COUNT.test(text.slice(end, end + 16)) ||
      MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))
    )
      continue;
    if (isApposedAge(text, m.index, end)) continue;
    const count = toCount(m.groups as Record<string, string | undefined>);
    if (count === null) continue;
    mentions.push({ start: offset + m.index, end: offset + end, text: m[0], count });
  }
  return mentions;
}

/**
 * The count a phrase states, or null when it states none. A noun phrase with an article counts one
 * ("a traffic policeman was killed" → 1).
 *
 * @example
 * parseCount('four or five') // { min: 4, max: 5 }
 * parseCount('a traffic policeman') // 1
 * parseCount('2015') // null
 */
export function parseCount(text: string): Count | null {
  const trimmed = text.trim();
  const first = findCounts(trimmed, 0)[0];
  if (first && first.start === 0) return first.count;
  return /^(?:a|an)\s+\p{L}/iu.test(trimmed) ? 1 : null;
}

// "Mikail Miziev, 18, was shot dead": a number set off by commas right after a name is an age. The comma after
// it is looked for first: it is one character, the name before it up to forty.
function isApposedAge(text: string, start: number, end: number): boolean {
  return (
    /^,\s/.test(text.slice(end, end + 2)) &&
    /\p{Lu}[\p{L}'’-]{1,40},\s$/u.test(text.slice(Math.max(0, start - 42), start))
  );
}

function toCount(g: Record<string, string | undefined>): Count | null {
  if (g.lo !== undefined) return range(g.lo, g.hi!);
  const a = value(g.a!);
  if (!a) return null;
  if (g.b !== undefined) return range(g.a!, g.b);
  // A year written as a plain number is a date, not a count ("in 2015"); tolls that large carry a comma.
  if (/^(?:1[6-9]|20)\d\d$/.test(g.a!)) return null;
  const mod = (g.mod ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (g.plus || ['at least', 'no fewer than', 'upwards of'].includes(mod)) return { min: a.min, max: null };
  if (mod === 'more than' || mod === 'over') return { min: a.min + 1, max: null };
  if (mod === 'fewer than' || mod === 'less than') return { min: 0, max: Math.max(0, a.min - 1) };
  return countFromBounds(a.min, a.max);
}

function range(lo: string, hi: string): Count | null {
  const a = value(lo);
  const b = value(hi);
  if (!a || !b || b.min < a.min) return null;
  return countFromBounds(a.min, b.max);
}

/**
 * Bounds of one number word or figure; vague quantities are open-ended minimums. Documents repeat their
 * figures ("two", "three"): each token's bounds are read once, and shared, so never changed by a caller.
 */
const value = memoizeByWord((token): Readonly<{ min: number; max: number | null }> | null => {
  const word = token.toLowerCase().replace(/\s+/g, ' ');
  const vague = VAGUE[word];
  if (vague) return vague;
  if (/^a (?:second|third|fourth|fifth)$/.test(word)) return { min: 1, max: 1 };
  const n = /^\d/.test(word) ? Number(word.replace(/,/g, '')) : parseNumberWord(word);
  return n === undefined ? null : { min: n, max: n };
});

const VAGUE: Readonly<Record<string, { min: number; max: number | null }>> = {
  'a dozen': { min: 12, max: 12 },
  both: { min: 2, max: 2 },
  dozens: { min: 24, max: null },
  'several dozen': { min: 24, max: null },
  scores: { min: 40, max: null },
  hundreds: { min: 200, max: null },
  thousands: { min: 2000, max: null },
  several: { min: 2, max: null },
  'a few': { min: 2, max: null },
  'a number of': { min: 2, max: null },
  'a handful of': { min: 2, max: null },
};
