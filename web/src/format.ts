import { formatCount, type Count } from '../../src/model/count.js';
import { edtfRange } from '../../src/model/edtf.js';
import { LANGUAGE_NAMES, SCRIPTS } from '../../src/model/taxonomy.js';

const MONTHS = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
// The codebook's own words for its languages, for tags the browser cannot name (Chechen, Avar, Ingush).
const CODEBOOK_LANGUAGES = new Map(
  Object.entries(LANGUAGE_NAMES).map(([word, tag]) => [tag, word.charAt(0).toUpperCase() + word.slice(1)]),
);
const QUALIFIERS: Record<string, string> = { '~': 'about ', '?': 'possibly ', '%': 'possibly about ' };

function formatPoint(point: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(point);
  if (!m) return point;
  const [, year, month, day] = m;
  if (month === undefined) return year ?? point;
  const name = MONTHS.format(new Date(Date.UTC(2000, Number(month) - 1, 1)));
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/**
 * An EDTF date for people, never more precise than it is: `2 September 2015`, `June 2015`,
 * `2015`, `November 2014 – February 2015`, `before 2017`, `about January 2019`.
 *
 * @example
 * formatEdtf('2015-09-02') // '2 September 2015'
 * formatEdtf('2019-01~')   // 'about January 2019'
 */
export function formatEdtf(date: string | null | undefined): string {
  if (!date) return '—';
  const range = edtfRange(date);
  if (!range) return date;
  const qualifier = QUALIFIERS[range.qualifier] ?? '';
  const text = date.replace(/[~?%]/g, '');
  if (text.startsWith('..')) return `${qualifier}before ${formatPoint(text.slice(2))}`;
  if (!text.includes('/')) return qualifier + formatPoint(text);
  const [from = '', to = ''] = text.split('/');
  const open = (p: string) => p === '' || p === '..';
  if (open(from)) return `${qualifier}until ${formatPoint(to)}`;
  if (open(to)) return `${qualifier}from ${formatPoint(from)}`;
  return `${qualifier}${formatPoint(from)} – ${formatPoint(to)}`;
}

/**
 * A term of office or a relation period: `23 June 2015 – 4 December 2016`, `from 2015`.
 *
 * @example
 * formatTerm('2015-06-23', null) // 'from 23 June 2015'
 */
export function formatTerm(start: string | null, end: string | null): string {
  if (start && end) return `${formatEdtf(start)} – ${formatEdtf(end)}`;
  if (start) return `from ${formatEdtf(start)}`;
  if (end) return `until ${formatEdtf(end)}`;
  return 'dates unknown';
}

/**
 * A casualty count as a range (`5–6`, `7+`), or a dash when the sources give none.
 *
 * @example
 * formatCasualties({ min: 7, max: null }) // '7+'
 */
export function formatCasualties(count: Count | null | undefined): string {
  return count === null || count === undefined ? '—' : formatCount(count);
}

/**
 * The English name of a BCP-47 language tag, or a dash when the text does not say.
 *
 * @example
 * languageName('ce') // 'Chechen'
 */
export function languageName(tag: string | null): string {
  if (!tag) return '—';
  return LANGUAGES.of(tag) ?? CODEBOOK_LANGUAGES.get(tag) ?? tag;
}

/**
 * The name of an ISO 15924 script code.
 *
 * @example
 * scriptName('Geor') // 'Georgian'
 */
export function scriptName(code: string | null): string {
  if (!code) return '—';
  return (SCRIPTS as Record<string, string>)[code] ?? code;
}

/**
 * A taxonomy value for people: `security_operation` → `security operation`.
 *
 * @example
 * humanize('armed_assault') // 'armed assault'
 */
export function humanize(value: string): string {
  return value.replace(/_/g, ' ');
}
