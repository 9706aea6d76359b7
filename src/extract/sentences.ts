import type { Line, ReadDocument, Sentence } from './types.js';
import { allMatches } from './all-matches.js';
import { flatMap } from './flat-map.js';

/**
 * The sentences of the body lines, with exact spans into `doc.text` and the index of the body line
 * (paragraph) each stands in. A full stop after an abbreviation ("U.S.", "St.", "Lt.", "No.", "e.g.") or
 * an initial does not end a sentence, nor does a decimal point; footnote markers and closing quotes after
 * the stop stay with the sentence they follow; a bullet's marker (`- `) is left out of its first sentence.
 *
 * @example
 * splitSentences(readDocument('IS appointed him leader.[2][3] Although it was defeated…', 'text')).map((s) => s.text)
 * // ['IS appointed him leader.[2][3]', 'Although it was defeated…']
 */
export function splitSentences(doc: ReadDocument): Sentence[] {
  return flatMap(doc.body, (line, paragraph) => lineSentences(line, paragraph));
}

// A stop, then closing quotes or brackets, then footnote markers; bounded so the scan stays linear.
const STOP = /[.!?…]{1,3}["”’'»)\]]{0,3}(?:\[[^[\]\n]{1,30}\]){0,12}/g;
const BULLET = /^\s{0,8}(?:[-*•–]|\d{1,3}[.)])\s{1,4}/;

/** Titles and labels written before a name or number: never the end of a sentence. */
const NEVER_FINAL = new Set(
  'mr mrs ms dr st lt col gen sgt capt maj cpl pvt adm cmdr gov sen rep prof rev fr sr jr no nos vol art para sec fig ch pp p vs cf e.g i.e approx ca c est dept mt ft'.split(
    ' ',
  ),
);
/** Abbreviations that may also close a sentence ("…in the U.S. The group…"): a stop only before a sentence opener. */
const MAYBE_FINAL = new Set(
  'u.s u.k u.n e.u a.m p.m etc inc ltd co corp bros jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const OPENERS = new Set(
  'The A An He She It They We In On At But However This That These Those His Her Its Their There After Before When Police Officials'.split(
    ' ',
  ),
);

function lineSentences(line: Line, paragraph: number): Sentence[] {
  const text = line.text;
  const sentences: Sentence[] = [];
  let from = BULLET.exec(text)?.[0].length ?? 0;
  for (const m of allMatches(STOP, text)) {
    const end = m.index! + m[0].length;
    if (end < from || !isBoundary(text, m.index!, end)) continue;
    push(sentences, line, paragraph, from, end);
    from = end;
  }
  push(sentences, line, paragraph, from, text.length);
  return sentences;
}

function isBoundary(text: string, stop: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (after !== '' && !/^\s/.test(after)) return false;
  const next = after.trimStart();
  if (next !== '' && !/^[\p{Lu}\p{Lo}\d"“‘'«([]/u.test(next)) return false;
  if (text[stop] !== '.' || text.startsWith('...', stop)) return true;
  const word = /(?:^|[\s(“"'])([\p{L}.]{1,12})$/u.exec(text.slice(Math.max(0, stop - 13), stop))?.[1] ?? '';
  const key = word.toLowerCase().replace(/\.$/, '');
  if (/^\p{Lu}$/u.test(word)) return false;
  if (NEVER_FINAL.has(key)) return false;
  if (MAYBE_FINAL.has(key) || /^(?:\p{L}\.){1,4}\p{L}$/u.test(word)) {
    return OPENERS.has(/^\p{L}+/u.exec(next)?.[0] ?? '');
  }
  return true;
}

function push(sentences: Sentence[], line: Line, paragraph: number, from: number, to: number): void {
  const slice = line.text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const text = slice.trim();
  if (text === '') return;
  const start = line.start + from + lead;
  sentences.push({ text, start, end: start + text.length, paragraph });
}
