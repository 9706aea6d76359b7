import { edtfPoint, edtfRange } from '../model/index.js';
import { scanDatePoints, type DatePoint } from './date-points.js';
import { scanRelativeDates, shiftDate, type RelativeDate } from './relative-dates.js';
import type { DateContext, DateMention } from './types.js';
import { allMatches } from './all-matches.js';

/**
 * Date expressions in a text, normalized to EDTF without invented precision: `On 23 June 2015` →
 * `2015-06-23`, `In April 2024` → `2024-04`, `early January 2019` → `2019-01~`, `by July 2015` →
 * `..2015-07`, `between November 2014 and February 2015` → `2014-11/2015-02`. Weekdays, "the following
 * day", "New Year's Eve" and dates without a year are resolved against `context` (the dispatch's dateline
 * as `anchor`, the last full date as `previous`) and marked `relative`; each date found becomes the
 * `previous` of the ones after it. Bare years count only with a cue ("in 2022", "since 2012", a range).
 *
 * @example
 * findDates('Six servicemen died early on Friday.', 0, { anchor: '2017-03-25' })[0].edtf // '2017-03-24'
 * findDates('Volgograd was bombed at the end of 2013. On 29 December a bomber…', 0, {}).map((d) => d.edtf)
 * // ['2013~', '2013-12-29']
 */
export function findDates(text: string, offset: number, context: DateContext): DateMention[] {
  const items = mergeItems(joinRanges(text, scanDatePoints(text)), scanRelativeDates(text), scanDecades(text));
  const mentions: DateMention[] = [];
  let previous = context.previous;
  for (const item of items) {
    const edtf =
      'decade' in item
        ? item.decade
        : 'rel' in item
          ? resolveRelative(item.rel, context.anchor, previous)
          : resolveSpan(text, item, context.anchor, previous);
    if (!edtf || edtfRange(edtf) === null) continue;
    const relative = 'rel' in item || ('points' in item && item.points.some((p) => p.year === undefined));
    mentions.push({
      start: offset + item.start,
      end: offset + item.end,
      text: text.slice(item.start, item.end),
      edtf,
      relative,
    });
    // A decade is too coarse to date what follows by ("in the 1990s … on 5 March").
    if ('decade' in item) continue;
    if (!/\bborn\s+(?:in|on)\s+$/i.test(text.slice(Math.max(0, item.start - 12), item.start))) previous = edtf;
  }
  return mentions;
}

/**
 * The date of a dispatch's dateline, `GROZNY, 25 March 2017 — …` or `LAGOS, Nigeria, May 3, 2011 (Reuters) - …`;
 * undefined when the line does not open with one (a date followed by a full stop is a heading, not a dateline).
 *
 * @example
 * parseDateline('NAZRAN, 6 November 2017 — A traffic policeman was killed…') // '2017-11-06'
 */
export function parseDateline(line: string): string | undefined {
  const place =
    /^\s{0,4}\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?: [\p{L}\p{M}'’.-]{1,30}){0,3}(?:, \p{Lu}[\p{L}\p{M}'’.-]{1,30}(?: [\p{L}\p{M}'’.-]{1,30}){0,2})?,\s{1,3}/u.exec(
      line,
    );
  if (!place) return undefined;
  const rest = line.slice(place[0].length, place[0].length + 80);
  const point = scanDatePoints(rest)[0];
  if (!point || point.start !== 0 || point.year === undefined || point.form !== 'full') return undefined;
  if (!/^\s{0,3}(?:\([^()]{1,40}\)\s{0,3})?(?:—|–|--|-|:)\s/.test(rest.slice(point.end))) return undefined;
  return edtfPoint(point.year, point.month, point.day);
}

// "Starting in November 2014, …" left open at the end of a sentence, closed by the next one's "By February 2015".
const OPEN_START = /\b(?:starting|beginning)\s{1,3}in\s{1,3}(?:(?:early|late|mid)[\s-]{1,3})?$/i;

/**
 * Joins an interval told over two sentences: the last date of `sentence` opened by "Starting in" or
 * "Beginning in" and closed by a "By …" date that opens `next` becomes one interval, spanning the opener.
 * Returns the sentence's dates, with the open one replaced.
 *
 * @example
 * // "Starting in November 2014, commanders began switching.[6]" + "By February 2015, many had defected."
 * closeOpenInterval(sentence, dates, next, nextDates).map((d) => d.edtf) // ['2014-11/2015-02']
 */
export function closeOpenInterval(
  sentence: { text: string; start: number },
  dates: DateMention[],
  next: { text: string; start: number },
  nextDates: DateMention[],
): DateMention[] {
  const open = dates[dates.length - 1];
  const close = nextDates[0];
  if (!open || !close || open.edtf.includes('/') || open.edtf.startsWith('..') || !close.edtf.startsWith('..'))
    return dates;
  const opener = OPEN_START.exec(before(sentence.text, open.start - sentence.start));
  if (!opener || !/^\s{0,3}by\s/i.test(next.text.slice(0, close.start - next.start + 3))) return dates;
  const start = open.start - opener[0].length;
  const joined: DateMention = {
    start,
    end: open.end,
    text: sentence.text.slice(start - sentence.start, open.end - sentence.start),
    edtf: `${open.edtf}/${close.edtf.slice(2)}`,
    relative: open.relative,
  };
  return edtfRange(joined.edtf) ? [...dates.slice(0, -1), joined] : dates;
}

interface SpanItem {
  start: number;
  end: number;
  points: DatePoint[];
}
interface DecadeItem {
  start: number;
  end: number;
  decade: string;
}
interface RelativeItem {
  start: number;
  end: number;
  rel: RelativeDate;
}
type Item = SpanItem | DecadeItem | RelativeItem;

// Words that make a bare year or month a date: "in 2022", "since 2012", "the 2018 …", "mid-2016".
const CUE =
  /(?:\b(?:in|since|by|until|till|from|during|after|before|of|between|through|throughout|the|early|late|around|circa|spring|summer|autumn|fall|winter|starting|beginning)\s{1,3}|\bmid-?\s{0,2})$/i;
// Nouns that show a four-digit number is a quantity: "in 2000 homes".
const QUANTITY_NOUN =
  /^\s{1,3}(?:people|persons|fighters|militants|troops|soldiers|men|women|children|civilians|homes|houses|families|km|kilometres|kilometers|metres|meters|miles|dollars|rubles|euros)\b/i;
const APPROX =
  /(?:\b(?:early|late|mid|around|circa|about|approximately|spring|summer|autumn|fall|winter)|\bthe\s{1,3}(?:beginning|start|middle|turn|first\s{1,3}half|second\s{1,3}half|spring|summer|autumn|fall|winter|end)\s{1,3}of|\bc\.)[\s-]{0,3}(?:in\s{1,3})?$/i;
const BY = /\bby\s{1,3}(?:the\s{1,3}(?:end|close)\s{1,3}of\s{1,3})?(?:(?:early|late|mid)[\s-]{1,3})?$/i;
const BY_END = /\bby\s{1,3}the\s{1,3}(?:end|close)\s{1,3}of\s{1,3}$/i;
const RANGE_OPENER =
  /\b(?:between|from|starting\s{1,3}in|beginning\s{1,3}in|since)\s{1,3}(?:(?:early|late|mid)[\s-]{1,3})?$/i;

const before = (text: string, index: number) => text.slice(Math.max(0, index - 40), index);
// A profile's label line that gives a bare year: "Formed: 2006", "Founded: 1959".
const LABEL_LEAD = /^\s{0,3}\p{Lu}[\p{L} ]{0,30}:\s{0,3}$/u;

/** Joins "A – B", "from A until B", "between A and B" and "Starting in A … By B" into one interval item. */
function joinRanges(text: string, points: DatePoint[]): SpanItem[] {
  const items: SpanItem[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1];
    const link = b ? text.slice(a.end, b.start) : '';
    const opener = RANGE_OPENER.exec(before(text, a.start));
    const joined =
      b &&
      (/^\s{0,3}[–—-]\s{0,3}$/.test(link) ||
        (opener && /^\s{1,3}(?:to|until|till|through|and)\s{1,3}$/i.test(link) && !/since/i.test(opener[0])) ||
        (opener && link.length < 300 && BY.test(before(text, b.start)) && !/[\n]/.test(link)));
    if (joined) {
      items.push({
        start: opener && !/since/i.test(opener[0]) ? a.start - opener[0].length : a.start,
        end: b.end,
        points: [a, b],
      });
      i++;
    } else if (
      a.form === 'full' ||
      (CUE.test(before(text, a.start)) && !QUANTITY_NOUN.test(text.slice(a.end, a.end + 20))) ||
      (a.form === 'year' && LABEL_LEAD.test(text.slice(0, a.start)))
    ) {
      items.push({ start: a.start, end: a.end, points: [a] });
    }
  }
  return items;
}

/** Points, decades and relative expressions in text order, dropping a relative one that overlaps another. */
function mergeItems(spans: SpanItem[], relatives: RelativeDate[], decades: DecadeItem[]): Item[] {
  // Most sentences tell no relative date and no decade, and at most one span: nothing to interleave.
  if (!relatives.length && !decades.length && spans.length < 2) return spans;
  const items: Item[] = [
    ...spans,
    ...decades,
    ...relatives.map((rel) => ({ start: rel.start, end: rel.end, rel })),
  ].sort((x, y) => x.start - y.start);
  return items.filter((item, i) => i === 0 || item.start >= items[i - 1]!.end || !('rel' in item));
}

// "in the 1990s", "since the late 1980s": a decade, or its early, middle or late years. "1990s" takes no date
// point (a letter follows the year), so decades never overlap one.
const DECADE = /\bthe\s{1,3}((?:(early|mid|late)[\s-]{1,3})?(1[6-9]\d0|20\d0)['’]?s)(?![\p{L}\d])/giu;
const DECADE_PART: Readonly<Record<string, readonly [number, number]>> = { early: [0, 3], mid: [3, 6], late: [6, 9] };

/** Decades as year intervals: `1990/1999`, the early ones `1990~/1993~`, "by the 1990s" `..1999`. */
function scanDecades(text: string): DecadeItem[] {
  if (!/0['’]?s/.test(text)) return [];
  return allMatches(DECADE, text).map((m) => {
    const start = m.index + m[0].length - m[1]!.length;
    const first = Number(m[3]);
    const part = m[2] ? DECADE_PART[m[2].toLowerCase()] : undefined;
    const [from, to] = part ?? [0, 9];
    const mark = part ? '~' : '';
    const decade = BY.test(before(text, m.index))
      ? `..${first + to}${mark}`
      : `${first + from}${mark}/${first + to}${mark}`;
    return { start, end: m.index + m[0].length, decade };
  });
}

function resolveSpan(text: string, item: SpanItem, anchor?: string, previous?: string): string | undefined {
  const [a, b] = item.points;
  if (!b) {
    const point = resolvePoint(text, a!, anchor, previous);
    if (!point) return undefined;
    return BY.test(before(text, a!.start)) ? `..${point}` : point;
  }
  // The start of "29 December 2013 – 2 January 2014" or "from March to June 2015" takes its missing year from the end.
  const end = resolvePoint(text, b, anchor, previous);
  const filled =
    a!.year === undefined && b.year !== undefined ? { ...a!, year: b.year - (a!.month! > b.month! ? 1 : 0) } : a!;
  const start = resolvePoint(text, filled, anchor, previous);
  return start && end ? `${start}/${end}` : undefined;
}

function resolvePoint(text: string, p: DatePoint, anchor?: string, previous?: string): string | undefined {
  const prefix = before(text, p.start);
  const qualifier = APPROX.test(prefix) && !BY_END.test(prefix) ? '~' : '';
  const year = p.year ?? inferYear(p, anchor, previous);
  return year === undefined ? undefined : edtfPoint(year, p.month, p.day, qualifier);
}

// A date without a year takes the anchor's year or the one before, whichever puts it nearer the dispatch
// ("in May" under an April dateline is the coming weeks' May, "29 December" under a 2 January one last
// year's); without an anchor, the previous date's year.
function inferYear(p: DatePoint, anchor?: string, previous?: string): number | undefined {
  const a = anchor ? edtfRange(anchor) : null;
  if (a?.start) {
    const year = Number(a.start.slice(0, 4));
    const distance = (y: number) => {
      const range = edtfRange(edtfPoint(y, p.month, p.day, ''));
      if (!range?.start || !range.end) return Infinity;
      if (range.end < a.start!) return Date.parse(a.start!) - Date.parse(range.end);
      return range.start > a.start! ? Date.parse(range.start) - Date.parse(a.start!) : 0;
    };
    return distance(year) < distance(year - 1) ? year : year - 1;
  }
  const prev = previous ? edtfRange(previous) : null;
  const day = prev?.end ?? prev?.start;
  return day ? Number(day.slice(0, 4)) : undefined;
}

function resolveRelative(rel: RelativeDate, anchor?: string, previous?: string): string | undefined {
  const base = rel.base === 'anchor' ? anchor : previous;
  const range = base ? edtfRange(base.slice(base.lastIndexOf('/') + 1)) : null;
  // A shift needs a base at least as precise as its result: "the following day" after "2018" says nothing.
  if (!range?.end || FINER[range.precision] < FINER[rel.shift?.unit ?? 'day']) return undefined;
  return shiftDate(range.end, rel);
}

const FINER = { year: 0, month: 1, day: 2 } as const;
