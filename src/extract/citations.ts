import type { FootnoteMarker, ReadDocument, Span } from './types.js';

const byStart = (a: FootnoteMarker, b: FootnoteMarker) => a.start - b.start;

// The reader finds markers line by line, so they come in text order; only a document built otherwise is sorted
// (a copy per call would sort them again for every sentence and event).
function inTextOrder(markers: FootnoteMarker[]): readonly FootnoteMarker[] {
  for (let i = 1; i < markers.length; i++)
    if (markers[i]!.start < markers[i - 1]!.start) return [...markers].sort(byStart);
  return markers;
}

/**
 * The footnote labels inside a span ("[17]" → "17"), with markers chained right after its end
 * ("… leader.[2][3]"), and whether the span is flagged "[citation needed]". Labels keep the text's
 * order and repeats.
 *
 * @example
 * citationsIn(doc, sentence) // { citations: ['2', '3'], citationNeeded: false }
 */
export function citationsIn(doc: ReadDocument, span: Span): { citations: string[]; citationNeeded: boolean } {
  const attached: FootnoteMarker[] = [];
  let cursor = span.end;
  for (const m of inTextOrder(doc.footnotes)) {
    if (m.start < span.start) continue;
    if (m.start < span.end) attached.push(m);
    else {
      const gap = doc.text.slice(cursor, m.start);
      if (!/^[\s.,;]*$/.test(gap) || gap.includes('\n')) break;
      attached.push(m);
      cursor = m.end;
    }
  }
  return {
    citations: attached.filter((m) => m.kind === 'reference').map((m) => m.label),
    citationNeeded: attached.some((m) => m.kind === 'citation_needed'),
  };
}
