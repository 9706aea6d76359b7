import { findDates, parseDateline } from './dates.js';
import { findFootnotes } from './footnote-markers.js';
import { htmlToText } from './html-text.js';
import { markdownToText } from './markdown-text.js';
import type { DocumentFormat, Line, ReadDocument } from './types.js';

/**
 * Reduces a document to the text every offset refers to, and tells its parts apart:
 * body lines, reference-list lines, footnote markers, title and publication date.
 * Plain text is kept unchanged, so offsets equal the input's; Markdown and HTML are
 * first reduced to plain text in the same shape (references as `[n] …` lines under a heading).
 *
 * @example
 * const doc = readDocument('Caucasus Emirate\nIt was proclaimed in 2007.[1]\n^"Title". Publisher. 2008.', 'text');
 * doc.title // 'Caucasus Emirate'
 * doc.references[0].text // '^"Title". Publisher. 2008.'
 * doc.footnotes[0].label // '1'
 */
export function readDocument(raw: string, format: DocumentFormat): ReadDocument {
  const text = format === 'html' ? htmlToText(raw) : format === 'markdown' ? markdownToText(raw) : raw;
  const { body, references } = classifyLines(splitLines(text));
  const doc: ReadDocument = { text, body, references, footnotes: findFootnotes(body) };
  const title = findTitle(body);
  if (title) doc.title = title;
  const published = findPublished(body);
  if (published) doc.published = published;
  return doc;
}

/**
 * The format of a document: by file extension first, then by sniffing its start.
 *
 * @example
 * detectFormat('article.htm', '') // 'html'
 * detectFormat('notes', '# Caucasus Emirate\n…') // 'markdown'
 */
export function detectFormat(fileName: string, raw: string): DocumentFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt' || ext === 'text') return 'text';
  const head = raw.slice(0, 2000).trimStart();
  if (/^(?:<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])/i.test(head)) return 'html';
  if (/^#{1,6} \S|^\s*\[\^[^\]\s]{1,20}\]:|\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)|^\*\*[^*\n]{1,200}\*\*/m.test(head)) {
    return 'markdown';
  }
  return 'text';
}

/** Every non-blank line with its span; a trailing `\r` stays outside the line. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const line = text.slice(start, stop);
    if (line.trim() !== '') lines.push({ text: line, start, end: stop });
    start = end + 1;
  }
  return lines;
}

// A heading that opens a reference list: "Sources", "References:", "Notes and references".
const LIST_HEADING =
  /^\s*(?:sources|references|notes|citations|bibliography|footnotes|works cited|further reading|notes and references)\s*:?\s*$/i;
// An item of a numbered reference list: `[1] "Title." …`, `1. …`, `1) …`.
const NUMBERED_ITEM = /^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s/;

function classifyLines(lines: Line[]): { body: Line[]; references: Line[] } {
  const body: Line[] = [];
  const references: Line[] = [];
  let inList = false;
  for (const line of lines) {
    if (line.text.startsWith('^')) {
      references.push(line);
    } else if (LIST_HEADING.test(line.text)) {
      inList = true;
    } else if (inList && NUMBERED_ITEM.test(line.text)) {
      references.push(line);
    } else {
      inList = false;
      body.push(line);
    }
  }
  return { body, references };
}

const MAX_TITLE = 120;
// An encyclopedia's short description ("Branch of Islamic State active in the Caucasus region") is sentence
// case; a title capitalizes its words, apart from the short links names carry.
const LOWER_LINKS = new Set([
  'of',
  'the',
  'and',
  'in',
  'for',
  'on',
  'at',
  'to',
  'a',
  'an',
  'de',
  'la',
  'al',
  'wal',
  'us',
]);

function isHeadingLike(line: Line): boolean {
  const text = line.text.trim();
  return text.length <= MAX_TITLE && !/[.!?:;,]$/.test(text) && !/^[-*•]\s/.test(text) && !/\[\d/.test(text);
}

function isTitleCase(text: string): boolean {
  const words = text.split(/[\s–—|:]+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0 || text === text.toUpperCase()) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || LOWER_LINKS.has(w.toLowerCase()) || /^\p{Ll}{1,3}-\p{Lu}/u.test(w));
}

/** The first title-case heading among the leading heading-like lines, else the first of them that is not a masthead. */
function findTitle(body: Line[]): string | undefined {
  const leading: Line[] = [];
  for (const line of body.slice(0, 4)) {
    if (!isHeadingLike(line)) break;
    leading.push(line);
  }
  const titled = leading.find((l) => isTitleCase(l.text.trim()));
  const plain = leading.find((l) => l.text !== l.text.toUpperCase());
  return (titled ?? plain ?? leading[0])?.text.trim();
}

const PUBLISHED_LINE = /^\s*(?:published|date|posted|updated)\s*:?\s*(.{4,60})$/i;
const TOP_LINES = 6;

/**
 * The document's date: a "Published:" line near the top, or the dateline of the only dispatch when
 * it stands near the top. A digest of several datelined dispatches has no single date.
 */
function findPublished(body: Line[]): string | undefined {
  for (const line of body.slice(0, TOP_LINES)) {
    const value = PUBLISHED_LINE.exec(line.text)?.[1];
    const date = value && findDates(value, 0, {}).find((d) => !d.relative);
    if (date) return date.edtf;
  }
  // The only dateline must stand near the top: the rest is read only to make sure there is no second one.
  const top = body
    .slice(0, TOP_LINES)
    .map((line) => parseDateline(line.text))
    .filter((date) => date !== undefined);
  if (top.length !== 1) return undefined;
  return body.slice(TOP_LINES).some((line) => parseDateline(line.text) !== undefined) ? undefined : top[0];
}
