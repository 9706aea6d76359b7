import type { ReadDocument, Span } from './types.js';

/**
 * The footnote labels inside a span ("[17]" → "17"), with markers chained right after its end
 * ("… leader.[2][3]"), and whether the span is flagged "[citation needed]". Labels keep the text's
 * order and repeats.
 *
 * @example
 * citationsIn(doc, sentence) // { citations: ['2', '3'], citationNeeded: false }
 */
export function citationsIn(doc: ReadDocument, span: Span): { citations: string[]; citationNeeded: boolean } {
  const markers = [...doc.footnotes].sort((a, b) => a.start - b.start);
  const attached = markers.filter((m) => m.start >= span.start && m.start < span.end);
  let cursor = span.end;
  for (const m of markers.filter((x) => x.start >= span.end)) {
    if (!/^[\s.,;]*$/.test(doc.text.slice(cursor, m.start)) || doc.text.slice(cursor, m.start).includes('\n')) break;
    attached.push(m);
    cursor = m.end;
  }
  return {
    citations: attached.filter((m) => m.kind === 'reference').map((m) => m.label),
    citationNeeded: attached.some((m) => m.kind === 'citation_needed'),
  };
}
