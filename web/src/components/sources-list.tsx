import type { Profile } from '../api-client.js';
import { formatEdtf } from '../format.js';

/**
 * The documents behind a profile, each with the references it cites, numbered as in the source.
 *
 * @example
 * <SourcesList sources={profile.sources} />
 */
export function SourcesList({ sources }: { sources: Profile['sources'] }) {
  return (
    <ol className="sources">
      {sources.map((s) => (
        <li key={s.documentId}>
          <span className="doc-title">{s.title ?? s.documentId}</span>
          {s.references.length > 0 && (
            <ol className="references">
              {s.references.map((r) => (
                <li key={r.id} value={Number(r.label) || undefined}>
                  {r.title ? <cite>{r.title}</cite> : <span className="muted">{r.evidence?.text ?? r.label}</span>}
                  {(r.work ?? r.publisher) && <span>. {r.work ?? r.publisher}</span>}
                  {r.date && <span>, {formatEdtf(r.date)}</span>}
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
