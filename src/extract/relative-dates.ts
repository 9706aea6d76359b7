import { edtfPoint } from '../model/index.js';
import { parseNumberWord } from './number-words.js';
import { allMatches } from './all-matches.js';

/** A date expression that needs a reference day: a weekday, an offset, or a day of the year. */
export interface RelativeDate {
  start: number;
  end: number;
  /** What it counts from: the dispatch's dateline, or the last date the text gave. */
  base: 'anchor' | 'previous';
  /** A weekday (0 = Sunday) on or before the base. */
  weekday?: number;
  /** Days added to the base. */
  days?: number;
  /** A fixed day of the year (month 1–12, day) on or before the base. */
  yearDay?: [number, number];
  /** Months or years added to the base: the result has that precision ("the following month" → `2015-09`). */
  shift?: { unit: 'month' | 'year'; by: number };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS.join('|')})(?:['’]s)?(?!\\p{L})`, 'gu');
const HOLIDAYS: Record<string, [number, number]> = {
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
};
const HOLIDAY = /\b(?:New Year['’]s (?:Eve|Day)|Christmas (?:Eve|Day))\b/g;
const OFFSET =
  /\b(?:the\s{1,3}(?:following|next)\s{1,3}(?:day|morning|afternoon|evening|night)|the\s{1,3}day\s{1,3}after|the\s{1,3}(?:previous|preceding)\s{1,3}(?:day|evening|night)|(?:later\s{1,3})?that\s{1,3}(?:same\s{1,3})?(?:day|morning|afternoon|evening|night)|the\s{1,3}same\s{1,3}day|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s{1,3}(days?|weeks?)\s{1,3}(later|afterwards|earlier))\b/gi;
const CALENDAR_OFFSET =
  /\b(?:the\s{1,3}(following|next|previous|preceding|same)\s{1,3}(month|year)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s{1,3}(months?|years?)\s{1,3}(later|afterwards|earlier)|(?:later|earlier)\s{1,3}(?:that|the\s{1,3}same)\s{1,3}(month|year))\b/gi;
// A word each pattern above needs: a sentence without one is not scanned with it.
const DAY_WORD = /day|night|morning|afternoon|evening|week|eve/i;
const CALENDAR_WORD = /month|year/i;
const TODAY = /\b(?:today|yesterday|tonight|this\s(?:morning|afternoon|evening)|last\s(?:night|evening))\b/gi;

/**
 * Relative date expressions, unresolved: "on Sunday", "Monday's attack", "the following day",
 * "two days later", "a week later", "On New Year's Eve", "yesterday", "the following month", "a year later".
 *
 * @example
 * scanRelativeDates('killed on Wednesday')[0] // { start: 10, end: 19, base: 'anchor', weekday: 3 }
 */
export function scanRelativeDates(text: string): RelativeDate[] {
  const found: RelativeDate[] = [];
  if (DAY_WORD.test(text)) scanDayExpressions(text, found);
  if (CALENDAR_WORD.test(text)) {
    for (const m of allMatches(CALENDAR_OFFSET, text)) {
      found.push({ start: m.index, end: m.index + m[0].length, base: 'previous', shift: calendarShift(m) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// Weekdays, holidays, day offsets and "yesterday": the expressions that name a day.
function scanDayExpressions(text: string, found: RelativeDate[]): void {
  for (const m of allMatches(WEEKDAY, text)) {
    const weekday = WEEKDAYS.findIndex((w) => m[0].startsWith(w));
    found.push({ start: m.index, end: m.index + m[0].length, base: 'anchor', weekday });
  }
  for (const m of allMatches(HOLIDAY, text)) {
    const yearDay = HOLIDAYS[m[0].replace('’', "'").toLowerCase()]!;
    found.push({ start: m.index, end: m.index + m[0].length, base: 'anchor', yearDay });
  }
  for (const m of allMatches(OFFSET, text)) {
    found.push({ start: m.index, end: m.index + m[0].length, base: 'previous', days: offsetDays(m) });
  }
  for (const m of allMatches(TODAY, text)) {
    const days = /yesterday|last/i.test(m[0]) ? -1 : 0;
    found.push({ start: m.index, end: m.index + m[0].length, base: 'anchor', days });
  }
}

function offsetDays(m: RegExpMatchArray): number {
  const phrase = m[0].toLowerCase();
  if (m[1] !== undefined) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : (parseNumberWord(m[1]) ?? 1);
    const unit = m[2]!.toLowerCase().startsWith('week') ? 7 : 1;
    return (m[3]!.toLowerCase() === 'earlier' ? -1 : 1) * n * unit;
  }
  if (/previous|preceding/.test(phrase)) return -1;
  if (/that|same/.test(phrase)) return 0;
  return 1;
}

function calendarShift(m: RegExpMatchArray): { unit: 'month' | 'year'; by: number } {
  const unit = (m[2] ?? m[4] ?? m[6]!).toLowerCase().startsWith('month') ? 'month' : 'year';
  if (m[3] !== undefined) {
    const n = /^\d/.test(m[3]) ? Number(m[3]) : (parseNumberWord(m[3]) ?? 1);
    return { unit, by: m[5]!.toLowerCase() === 'earlier' ? -n : n };
  }
  const which = (m[1] ?? 'same').toLowerCase();
  return { unit, by: which === 'same' ? 0 : /previous|preceding/.test(which) ? -1 : 1 };
}

/**
 * The EDTF date a relative expression names, counted from an ISO base day: a day, or a month or
 * year for calendar shifts.
 *
 * @example
 * shiftDate('2020-01-02', { start: 0, end: 0, base: 'anchor', yearDay: [12, 31] }) // '2019-12-31'
 */
export function shiftDate(baseDay: string, rel: RelativeDate): string {
  const [y, m, d] = baseDay.split('-').map(Number) as [number, number, number];
  if (rel.shift?.unit === 'year') return edtfPoint(y + rel.shift.by);
  if (rel.shift) {
    const months = y * 12 + (m - 1) + rel.shift.by;
    return edtfPoint(Math.floor(months / 12), (months % 12) + 1);
  }
  const base = Date.UTC(y, m - 1, d);
  let time = base + (rel.days ?? 0) * DAY_MS;
  if (rel.weekday !== undefined) time = base - ((new Date(base).getUTCDay() - rel.weekday + 7) % 7) * DAY_MS;
  if (rel.yearDay) {
    const [month, day] = rel.yearDay;
    time = Date.UTC(y, month - 1, day);
    if (time > base) time = Date.UTC(y - 1, month - 1, day);
  }
  const date = new Date(time);
  return edtfPoint(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const DAY_MS = 86_400_000;
