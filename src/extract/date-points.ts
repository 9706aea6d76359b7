import { daysInMonth } from '../model/index.js';
import { MONTHS } from './vocabulary.js';
import { allMatches } from './all-matches.js';

/** An absolute calendar point as written; parts the text leaves out stay undefined. */
export interface DatePoint {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** How it was written: a bare year or month needs a cue ("in 2022") to count as a date. */
  form: 'full' | 'month' | 'year';
}

const MONTH = String.raw`(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:tember|t\.?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)(?!\p{L})`;
const DAY = String.raw`(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d\p{L}])`;
const YEAR = String.raw`(1[6-9]\d\d|20\d\d)(?![\d\p{L}])`;

// Alternatives in priority order; at each position the first that matches wins. Every quantifier is
// bounded or followed by a fixed token, so the scan stays linear on any input.
const ALTERNATIVES = [
  String.raw`(?<!\d)(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})(?!\d)`,
  String.raw`(?<![\d./])(?<nA>\d{1,2})(?<sep>[./])(?<nB>\d{1,2})\k<sep>(?<nY>\d{4})(?!\d)`,
  String.raw`(?<!\d)${DAY.replace('(', '(?<rdA>')}\s{0,2}[–-]\s{0,2}${DAY.replace('(', '(?<rdB>')}\s{1,3}(?:of\s{1,3})?(?<rdM>${MONTH})(?:,?\s{1,3}${YEAR.replace('(', '(?<rdY>')})?`,
  String.raw`(?<rmM>${MONTH})\s{1,3}${DAY.replace('(', '(?<rmA>')}\s{0,2}[–-]\s{0,2}${DAY.replace('(', '(?<rmB>')}(?:,?\s{1,3}${YEAR.replace('(', '(?<rmY>')})?`,
  String.raw`(?<!\d)${DAY.replace('(', '(?<dmyD>')}\s{1,3}(?:of\s{1,3})?(?<dmyM>${MONTH})(?:,?\s{1,3}${YEAR.replace('(', '(?<dmyY>')})?`,
  String.raw`(?<mdyM>${MONTH})\s{1,3}${DAY.replace('(', '(?<mdyD>')}(?:,?\s{1,3}${YEAR.replace('(', '(?<mdyY>')})?`,
  String.raw`(?<myM>${MONTH}),?\s{1,3}${YEAR.replace('(', '(?<myY>')}`,
  String.raw`(?<mM>${MONTH})`,
  String.raw`(?<!\d)${YEAR.replace('(', '(?<yY>')}`,
];
// Every alternative opens with a digit or a month's first letter: the lookahead turns any other position
// away at once instead of trying the nine alternatives there (it halves the scan).
const POINT = new RegExp(String.raw`(?=[\dadfjmnos])(?:${ALTERNATIVES.join('|')})`, 'giu');

// Every alternative of POINT holds a digit or a month name (same flags, so the same case folding):
// a sentence with neither skips the scan.
const MAY_HOLD_DATE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;

/**
 * Absolute dates as written: `23 June 2015`, `June 23, 2015`, `23.06.2015` (day first),
 * `5/26/2011` (only when the order is unambiguous), `2015-06-23`, `April 2024`, `29 December`, day ranges
 * (`10–11 August 2015` gives two points the caller joins),
 * bare months and years. Month names must be capitalized, so the verb "may" is not a month.
 *
 * @example
 * scanDatePoints('On 23 June 2015, IS…')[0] // { start: 3, end: 15, year: 2015, month: 6, day: 23, form: 'full' }
 */
export function scanDatePoints(text: string): DatePoint[] {
  const points: DatePoint[] = [];
  if (!MAY_HOLD_DATE.test(text)) return points;
  for (const m of allMatches(POINT, text)) {
    const g = m.groups as Groups;
    if (g.rdM || g.rmM) addDayRange(m, points);
    else {
      const point = toPoint(m);
      if (point) points.push(point);
    }
  }
  return points;
}

type Groups = Record<string, string | undefined>;

// "10–11 August 2015" and "August 10–11, 2015": two points joined by the dash, sharing month and year.
function addDayRange(m: RegExpExecArray, points: DatePoint[]): void {
  const g = m.groups as Groups;
  const start = m.index;
  const dash = m[0].search(/[–-]/);
  const second = start + dash + 1 + (m[0].slice(dash + 1).length - m[0].slice(dash + 1).trimStart().length);
  const firstEnd = start + m[0].slice(0, dash).trimEnd().length;
  const year = num(g.rdY ?? g.rmY);
  const token = (g.rdM ?? g.rmM)!;
  const a = monthPoint(start, firstEnd, token, year, Number(g.rdA ?? g.rmA), 'full');
  const b = monthPoint(second, start + m[0].length, token, year, Number(g.rdB ?? g.rmB), 'full');
  if (a && b && a.day! < b.day!) points.push(a, b);
}

const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

function toPoint(m: RegExpExecArray): DatePoint | null {
  const g = m.groups as Groups;
  const start = m.index;
  const end = start + m[0].length;
  if (g.isoY) return valid({ start, end, year: num(g.isoY), month: num(g.isoM), day: num(g.isoD), form: 'full' });
  if (g.nY) return numeric(start, end, Number(g.nA), Number(g.nB), Number(g.nY), g.sep!);
  if (g.dmyM) return monthPoint(start, end, g.dmyM, num(g.dmyY), num(g.dmyD), 'full');
  if (g.mdyM) return monthPoint(start, end, g.mdyM, num(g.mdyY), num(g.mdyD), 'full');
  if (g.myM) return monthPoint(start, end, g.myM, num(g.myY), undefined, 'full');
  if (g.mM) return monthPoint(start, end, g.mM, undefined, undefined, 'month');
  return { start, end, year: Number(g.yY), form: 'year' };
}

// The month (1–12) each name's first three letters stand for: every month token opens with them.
const MONTH_BY_PREFIX = new Map(MONTHS.map((name, i) => [name.slice(0, 3), i + 1]));
// Month names are proper nouns: "may" and "march" in lower case are verbs.
const CAPITALIZED = /^\p{Lu}/u;

function monthPoint(
  start: number,
  end: number,
  token: string,
  year: number | undefined,
  day: number | undefined,
  form: DatePoint['form'],
): DatePoint | null {
  if (!CAPITALIZED.test(token)) return null;
  const month = MONTH_BY_PREFIX.get(token.slice(0, 3).toLowerCase()) ?? 0;
  return valid({ start, end, year, month, day, form });
}

// Dotted dates are day-first everywhere they are used; slashed ones are read only when one
// number cannot be a month (5/26/2011 is May 26; 05/06/2011 is left alone).
function numeric(start: number, end: number, a: number, b: number, year: number, sep: string) {
  let day: number;
  let month: number;
  if (sep === '.' || a > 12) [day, month] = [a, b];
  else if (b > 12 || a === b) [day, month] = [b, a];
  else return null;
  return valid({ start, end, year, month, day, form: 'full' });
}

function valid(point: DatePoint): DatePoint | null {
  const { year, month, day } = point;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  // Without a year, 29 February may be meant: the month is measured in a leap year.
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year ?? 2000, month))) return null;
  return point;
}
