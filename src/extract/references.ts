import type { Source } from '../model/index.js';
import { findDates } from './dates.js';
import { parseNamesNote } from './names-note.js';
import type { Line, ReadDocument } from './types.js';
import { allMatches } from './all-matches.js';
import { flatMap } from './flat-map.js';

/**
 * The document's reference list as sources: label, title, work, publisher, date, accessed date
 * ("Retrieved 28 June 2015"), the quote or note after the date, url, and the line as evidence.
 * Numbered lists (`[1] …`, `1. …`) keep their numbers. A `^` list is numbered in order, names notes
 * (`^Arabic: …`) left out: when the list has as many references as the body's highest marker it is
 * complete and counts from 1; otherwise it is an excerpt, and each entry keeps its place in the whole
 * list, notes included, as the page numbered it.
 *
 * @example
 * parseReferences(readDocument('A.[1]\n^"Title". Publisher. 23 June 2015. A quote.', 'text'))
 * // [{ label: '1', title: 'Title', publisher: 'Publisher', date: '2015-06-23', quote: 'A quote.', evidence: … }]
 */
export function parseReferences(doc: ReadDocument): Source[] {
  const carets = doc.references.filter((l) => l.text.startsWith('^'));
  const notes = new Set(carets.filter(isNote));
  const citations = carets.filter((l) => !notes.has(l));
  const highest = Math.max(0, ...doc.footnotes.filter((f) => f.kind === 'reference').map((f) => Number(f.label)));
  const complete = highest === 0 || citations.length >= highest;
  // Each entry's place in the list it is numbered by, counted once.
  const places = new Map((complete ? citations : carets).map((line, i) => [line, i + 1]));
  return flatMap(doc.references, (line) => {
    const numbered = /^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)])\s+/.exec(line.text);
    if (numbered) return [parseSource(line, numbered[1] ?? numbered[2]!, numbered[0].length)];
    if (line.text.startsWith('^') ? notes.has(line) : isNote(line)) return [];
    return [parseSource(line, String(places.get(line) ?? 0), 1)];
  });
}

// A note names things in other languages; a citation has a quoted title or a date.
function isNote(line: Line): boolean {
  return !/^\^\s?["“]/.test(line.text) && parseNamesNote(line).length > 0;
}

const TITLE = /^\s{0,3}(?:"([^"]{1,500})"|“([^”]{1,500})”)[.,]?\s{0,3}/;
const URL = /\s?<?(https?:\/\/[^\s>]{1,2000})>?/;
const ACCESSED = /^(?:retrieved|accessed|archived)(?:\s+on)?\s{1,3}(.{4,40})$/i;
// A full stop that ends a segment: not after an initial or a dotted abbreviation ("U.S.", "N.").
const SEGMENT_END = /(?<!(?:^|[\s.])\p{Lu})\.\s{1,3}/gu;

function parseSource(line: Line, label: string, skip: number): Source {
  let rest = line.text.slice(skip);
  const source: Source = { label, evidence: { text: line.text, start: line.start, end: line.end } };
  const url = URL.exec(rest);
  if (url) {
    source.url = url[1]!;
    rest = rest.slice(0, url.index) + rest.slice(url.index + url[0].length);
  }
  const title = TITLE.exec(rest);
  if (title) {
    source.title = (title[1] ?? title[2]!).replace(/[.,]$/, '').trim();
    rest = rest.slice(title[0].length);
  }
  const before: string[] = [];
  let from = 0;
  for (const segment of segments(rest)) {
    const text = segment.text.trim().replace(/\.$/, '');
    const accessed = ACCESSED.exec(text);
    if (source.date && accessed) {
      const day = wholeDate(accessed[1]!);
      if (day) source.accessed = day;
      from = segment.end;
      continue;
    }
    if (source.date) break;
    const date = wholeDate(text) ?? trailingDate(text, before);
    if (date) source.date = date;
    else before.push(text);
    from = segment.end;
  }
  const [first, second] = before.filter(Boolean);
  if (second !== undefined) [source.work, source.publisher] = [first!, second];
  else if (first !== undefined) source.publisher = first;
  const quote = source.date ? rest.slice(from).trim() : '';
  if (quote) source.quote = quote;
  return source;
}

function segments(text: string): { text: string; end: number }[] {
  const parts: { text: string; end: number }[] = [];
  let from = 0;
  for (const m of allMatches(SEGMENT_END, text)) {
    const end = m.index! + m[0].length;
    parts.push({ text: text.slice(from, end), end });
    from = end;
  }
  if (from < text.length) parts.push({ text: text.slice(from), end: text.length });
  return parts;
}

/** The EDTF date a segment consists of ("26 June 2015", "November 2007", "2008"), if it is nothing else. */
function wholeDate(text: string): string | undefined {
  if (/^(?:1[6-9]|20)\d\d$/.test(text)) return text;
  // A date read without context has a year: a segment without a digit (a publisher, a work) is none.
  if (!/\d/.test(text)) return undefined;
  const found = findDates(text, 0, {}).filter((d) => !d.relative);
  return found.length === 1 && found[0]!.text === text ? found[0]!.edtf : undefined;
}

// "U.S. Department of State, May 26, 2011": a publisher and a date in one segment, split at the last comma before the date.
function trailingDate(text: string, before: string[]): string | undefined {
  // A date is short, so only the commas near the end can open one; this keeps a long segment linear.
  for (let comma = text.indexOf(',', text.length - 40); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    const date = wholeDate(text.slice(comma + 1).trim());
    if (date) {
      before.push(text.slice(0, comma).trim());
      return date;
    }
  }
  return undefined;
}
