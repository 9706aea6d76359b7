import type { FootnoteMarker, Line } from './types.js';
import { allMatches } from './all-matches.js';
import { flatMap } from './flat-map.js';

// `[12]`, `[note 1]`, `[a]`, `[citation needed]` and the other "... needed" tags of encyclopedias.
// Every quantifier is bounded and the alternatives start differently, so the scan stays linear.
const MARKER =
  /\[(?:(\d{1,4})|((?:note|nb|n)\s?\d{1,3})|([a-z])|([a-z][a-z ]{0,30}needed|when\?|who\?|by whom\?|dubious[a-z –-]{0,20}))\]/gi;

/**
 * Footnote markers in body lines: references (`[12]` → "12"), notes (`[note 1]`, `[a]`) and
 * `[citation needed]`-style flags, with their spans in the document text.
 *
 * @example
 * findFootnotes([{ text: 'as its leader.[2][3]', start: 0, end: 20 }]).map((m) => m.label) // ['2', '3']
 */
export function findFootnotes(lines: readonly Line[]): FootnoteMarker[] {
  return flatMap(lines, (line) =>
    allMatches(MARKER, line.text)
      .filter((m) => !isEditorialLetter(line.text, m))
      .map((m): FootnoteMarker => {
        const start = line.start + m.index;
        const span = { start, end: start + m[0].length };
        if (m[1]) return { ...span, label: m[1], kind: 'reference' };
        if (m[2]) return { ...span, label: m[2].toLowerCase().replace(/\s+/, ' '), kind: 'note' };
        if (m[3]) return { ...span, label: m[3], kind: 'note' };
        return { ...span, label: m[4]!.toLowerCase(), kind: 'citation_needed' };
      }),
  );
}

// "[t]he" is an editor's bracket inside a quote, not a note: a letter note never runs into a word.
function isEditorialLetter(text: string, m: RegExpExecArray): boolean {
  return m[3] !== undefined && /\p{L}/u.test(text.charAt(m.index + m[0].length));
}
