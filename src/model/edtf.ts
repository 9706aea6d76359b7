import { z } from 'zod';

/**
 * EDTF level-1 dates as the codebook uses them (§4): `2015-06-23`, `2019-01`, `2019`,
 * `2014-11/2015-02`, `2019-01~`, `2015-09?`, `..2017`.
 *
 * @example
 * edtfRange('2019-01~') // { start: '2019-01-01', end: '2019-01-31', precision: 'month', qualifier: '~' }
 */

const POINT = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?[~?%]?`;
const EDTF_PATTERN = new RegExp(`^(?:(?:\\.\\.)?${POINT}|(?:${POINT}|\\.\\.)?/(?:${POINT}|\\.\\.)?)$`);
const POINT_PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$/;

export type DatePrecision = 'day' | 'month' | 'year';

/** An EDTF string as stored and exchanged. */
export const EdtfSchema = z
  .string()
  .regex(EDTF_PATTERN, 'not an EDTF date (expected e.g. 2015-06-23, 2019-01, 2019, 2014-11/2015-02, ..2017)')
  .refine((v) => !['/', '../', '/..', '../..'].includes(v), 'an interval needs at least one known end')
  .refine((v) => edtfRange(v) !== null, 'not a calendar date');
export type Edtf = z.infer<typeof EdtfSchema>;

/** The inclusive ISO day range an EDTF date covers; open ends are null. */
export interface EdtfRange {
  /** First possible day (ISO `YYYY-MM-DD`), null when open. */
  start: string | null;
  /** Last possible day, null when open. */
  end: string | null;
  /** The finest precision either end is written to. */
  precision: DatePrecision;
  /** `~` approximate, `?` uncertain, `%` both, '' none (of either end). */
  qualifier: '' | '~' | '?' | '%';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The number of days of a month (1–12) in the proleptic Gregorian calendar, which EDTF uses.
 * Plain arithmetic: dates are checked for every mention, and a `Date` per check is slow.
 *
 * @example
 * daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

interface Point {
  start: string;
  end: string;
  precision: DatePrecision;
  qualifier: EdtfRange['qualifier'];
}

// Parses one end of an EDTF date. The matched parts are already zero-padded, so they are reused as written.
function parsePoint(text: string): Point | null {
  const m = POINT_PARTS.exec(text);
  if (!m) return null;
  const y = m[1]!;
  const qualifier = (m[4] ?? '') as Point['qualifier'];
  if (m[2] === undefined) return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', qualifier };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(Number(y), month);
  if (m[3] === undefined) {
    return { start: `${y}-${m[2]}-01`, end: `${y}-${m[2]}-${last}`, precision: 'month', qualifier };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  const iso = `${y}-${m[2]}-${m[3]}`;
  return { start: iso, end: iso, precision: 'day', qualifier };
}

const FINER: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

const isOpen = (part: string) => part === '' || part === '..';

/** Parses an EDTF date into the day range it covers, or null when it is not one. */
export function edtfRange(value: string): EdtfRange | null {
  const text = value.trim();
  const slash = text.indexOf('/');
  if (slash < 0) {
    if (text.startsWith('..')) {
      const end = parsePoint(text.slice(2));
      return end && { start: null, end: end.end, precision: end.precision, qualifier: end.qualifier };
    }
    return parsePoint(text);
  }
  if (text.indexOf('/', slash + 1) >= 0) return null;
  const fromText = text.slice(0, slash);
  const toText = text.slice(slash + 1);
  if (isOpen(fromText) && isOpen(toText)) return null;
  const from = isOpen(fromText) ? undefined : parsePoint(fromText);
  const to = isOpen(toText) ? undefined : parsePoint(toText);
  if (from === null || to === null) return null;
  if (from && to && from.start > to.end) return null;
  // The finer precision of the known ends.
  const precision = from && (!to || FINER[from.precision] >= FINER[to.precision]) ? from.precision : to!.precision;
  return {
    start: from?.start ?? null,
    end: to?.end ?? null,
    precision,
    qualifier: from?.qualifier || to?.qualifier || '',
  };
}

/** True when two EDTF dates can refer to the same day. */
export function edtfOverlaps(a: string, b: string): boolean {
  const ra = edtfRange(a);
  const rb = edtfRange(b);
  if (!ra || !rb) return false;
  return (ra.start ?? '0000') <= (rb.end ?? '9999') && (rb.start ?? '0000') <= (ra.end ?? '9999');
}

/** Builds an EDTF point from its parts, never adding precision the caller lacks. */
export function edtfPoint(year: number, month?: number, day?: number, qualifier: EdtfRange['qualifier'] = ''): string {
  let text = pad(year, 4);
  if (month !== undefined) text += `-${pad(month)}`;
  if (month !== undefined && day !== undefined) text += `-${pad(day)}`;
  return text + qualifier;
}
