import type { EventReport } from '../api-client.js';
import { api } from '../api-client.js';
import { formatEdtf } from '../format.js';
import { documentPath } from '../paths.js';
import { withQuery } from '../router.js';
import { useApi } from '../use-api.js';
import { Link } from './link.js';

// How much of the document to show around the evidence, in characters each side.
const CONTEXT = 400;

// The passage to show around [start, end): up to CONTEXT characters each side, cut at a line or sentence end.
function passage(text: string, start: number, end: number): [number, number] {
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const cut = Math.max(before.indexOf('\n'), before.search(/[.!?]\s/) + 1);
  const from = start - CONTEXT <= 0 ? 0 : cut > 0 ? start - before.length + cut + 1 : start;
  const after = text.slice(end, end + CONTEXT);
  const stop = Math.max(after.lastIndexOf('\n'), after.search(/[.!?]\s[^.!?]*$/) + 1);
  const to = end + CONTEXT >= text.length ? text.length : stop > 0 ? end + stop : end;
  return [from, to];
}

/**
 * A report's evidence highlighted in the passage of its document around it, with the document
 * named (a link to it) and the footnotes the statement cites resolved to the parsed references.
 *
 * @example
 * <EvidencePassage report={event.reports[0]} />
 */
export function EvidencePassage({ report }: { report: Pick<EventReport, 'documentId' | 'evidence' | 'citations'> }) {
  const { documentId, evidence, citations } = report;
  const { data: doc } = useApi(`document:${documentId}`, (signal) => api.document(documentId, signal));
  const { start, end, text } = evidence;
  // Show the passage around the evidence when the stored offsets still point at it.
  const found = doc && doc.text.slice(start, end) === text;
  const [from, to] = found ? passage(doc.text, start, end) : [start, end];
  const cited = [...new Set(citations)].map((label) => ({
    label,
    source: doc?.sources.find((s) => s.label === label),
  }));
  return (
    <figure className="evidence">
      <blockquote>
        {found ? (
          <>
            {from > 0 && '… '}
            {doc.text.slice(from, start).trimStart()}
            <mark>{text}</mark>
            {doc.text.slice(end, to).trimEnd()}
            {to < doc.text.length && ' …'}
          </>
        ) : (
          <mark>{text}</mark>
        )}
      </blockquote>
      <figcaption>
        <Link href={withQuery(documentPath(documentId), { at: String(start) })}>{doc?.title ?? documentId}</Link>,
        characters {start}–{end}
      </figcaption>
      {cited.length > 0 && (
        <ol className="references cited">
          {cited.map(({ label, source }) => (
            <li key={label}>
              <span className="muted">[{label}]</span>{' '}
              {source?.title ? (
                <cite>{source.title}</cite>
              ) : (
                (source?.evidence?.text ?? 'not among the parsed references')
              )}
              {source && (source.work ?? source.publisher) && <span>. {source.work ?? source.publisher}</span>}
              {source?.date && <span>, {formatEdtf(source.date)}</span>}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
