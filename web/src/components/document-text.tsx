import { useEffect, type ReactNode } from 'react';
import { Link } from './link.js';

/** A passage of the text to mark, linked to the fact it is evidence of. */
export interface MarkedSpan {
  start: number;
  end: number;
  href: string;
  label: string;
}

/**
 * A document's text as read, with each evidence span marked and linked to its fact. `at` names
 * the span (by its start) to open the text at and bring into view, as a link to a passage does.
 *
 * @example
 * <DocumentText text={doc.text} spans={[{ start: 2234, end: 2524, href: '/events/evt_x', label: 'event' }]} at={2234} />
 */
export function DocumentText({ text, spans, at }: { text: string; spans: MarkedSpan[]; at: number | null }) {
  useEffect(() => {
    if (at !== null) document.getElementById(`at-${at}`)?.scrollIntoView({ block: 'center' });
  }, [at]);
  const parts: ReactNode[] = [];
  let cursor = 0;
  // Overlapping evidence (one sentence for two facts) is marked once, for the first fact.
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor || span.end > text.length) continue;
    parts.push(text.slice(cursor, span.start));
    parts.push(
      <mark key={span.start} id={`at-${span.start}`} className={span.start === at ? 'current' : undefined}>
        <Link href={span.href} aria-label={`${span.label}: ${text.slice(span.start, span.end)}`}>
          {text.slice(span.start, span.end)}
        </Link>
      </mark>,
    );
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return (
    <details className="document-text" open={at !== null}>
      <summary>Text as read ({text.length.toLocaleString('en-GB')} characters, evidence marked)</summary>
      <pre dir="auto">{parts}</pre>
    </details>
  );
}
