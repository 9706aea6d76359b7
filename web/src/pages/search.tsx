import { api } from '../api-client.js';
import { Link } from '../components/link.js';
import { SearchBox } from '../components/search-box.js';
import { Status } from '../components/status.js';
import { entityPath } from '../paths.js';
import { useLocation } from '../router.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

/**
 * The start page and full search results (`/search?q=`): one field for names in any script
 * or spelling, results best first, each opening its profile.
 *
 * @example
 * <SearchPage /> // at /search?q=vilayat%20kavkaz
 */
export function SearchPage() {
  const { query } = useLocation();
  const q = query.get('q')?.trim() ?? '';
  useTitle(q ? `Search: ${q}` : 'Search');
  const { data, error, loading } = useApi(q ? `search:${q}` : null, (signal) => api.search(q, signal));
  return (
    <section className="page search-page">
      <h1>Search the knowledge base</h1>
      <p className="lede">
        Organizations and people by any of their names, in any script (Latin, Cyrillic, Arabic, Georgian …),
        transliterated or abbreviated.
      </p>
      <SearchBox initial={q} autoFocus />
      {q &&
        (data ? (
          <>
            <h2>{data.items.length ? `Results for “${q}”` : `Nothing matches “${q}”`}</h2>
            <ol className="results">
              {data.items.map((hit) => (
                <li key={hit.id}>
                  <Link href={entityPath(hit)} dir="auto">
                    {hit.name}
                  </Link>
                  <span className="kind">{hit.type}</span>
                  <span className="score" title="How closely a name matches">
                    {Math.round(hit.score * 100)}%
                  </span>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <Status loading={loading} error={error} what="results" />
        ))}
      {!q && <Browse />}
    </section>
  );
}

// Without a query, the start page lists what there is to find.
function Browse() {
  const { data } = useApi('organizations', (signal) => api.organizations(signal));
  if (!data || data.items.length === 0) return null;
  return (
    <>
      <h2>Organizations in the knowledge base</h2>
      <ul className="browse">
        {data.items.map((org) => (
          <li key={org.id}>
            <Link href={entityPath({ id: org.id, type: org.kind })}>{org.name}</Link>
            {org.aliases.length > 0 && (
              <span className="muted" dir="auto">
                {' '}
                · {org.aliases.slice(0, 3).join(' · ')}
              </span>
            )}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/events">Browse all events</Link> · <Link href="/map">See them on the map</Link>
      </p>
    </>
  );
}
