import { useSyncExternalStore } from 'react';

/** Where the app is: the path and the query, the whole of the UI state worth sharing. */
export interface AppLocation {
  path: string;
  query: URLSearchParams;
}

const CHANGE = 'chronicle:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/**
 * The current location, re-rendering on every navigation (links, back and forward).
 *
 * @example
 * const { path, query } = useLocation(); // '/events', query.get('group') === 'IS-CP'
 */
export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, query: url.searchParams };
}

/**
 * Goes to a URL inside the app without reloading; `replace` keeps the history short for state
 * that changes as one types or sorts.
 *
 * @example
 * navigate('/organizations/org_islamic-state-caucasus-province');
 * navigate(withQuery('/events', { sort: 'date' }), { replace: true });
 */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
  if (!replace) window.scrollTo(0, 0);
}

/**
 * A path with query parameters, leaving out empty ones so links stay short.
 *
 * @example
 * withQuery('/events', { group: 'IS-CP', from: '' }) // '/events?group=IS-CP'
 */
export function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
