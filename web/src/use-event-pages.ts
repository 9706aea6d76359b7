import { useEffect, useState } from 'react';
import { api, type EventQuery, type EventRecord, type Page } from './api-client.js';
import { useApi } from './use-api.js';

/** The events read so far for one query, and how to read the next page. */
export interface EventPages {
  items: EventRecord[];
  /** The URL of the next page, null once the last page is in. */
  next: string | null;
  /** True once the first page has arrived. */
  ready: boolean;
  loading: boolean;
  error: Error | null;
  /** Appends the next page; does nothing while a page is on its way or after the last. */
  loadMore: () => void;
}

/**
 * The events of a query page by page, following each page's `next` cursor; a new query
 * starts over from its first page.
 *
 * @example
 * const { items, next, loadMore } = useEventPages({ group: 'IS-CP', sort: '-killed', limit: 100 });
 */
export function useEventPages(query: EventQuery): EventPages {
  const key = `events:${JSON.stringify(query)}`;
  const first = useApi(key, (signal) => api.events(query, signal));
  const [more, setMore] = useState<{ key: string; pages: Page<EventRecord>[]; loading: boolean; error: Error | null }>({
    key,
    pages: [],
    loading: false,
    error: null,
  });
  // Pages read for another query do not belong to this one.
  useEffect(() => setMore({ key, pages: [], loading: false, error: null }), [key]);
  const pages = more.key === key ? more.pages : [];
  const last = pages.at(-1) ?? first.data;
  const next = last?.next ?? null;

  const loadMore = () => {
    if (next === null || more.loading) return;
    setMore((m) => ({ ...m, loading: true, error: null }));
    api.nextEvents(next).then(
      (page) => setMore((m) => (m.key === key ? { ...m, pages: [...m.pages, page], loading: false } : m)),
      (error: unknown) =>
        setMore((m) =>
          m.key === key
            ? { ...m, loading: false, error: error instanceof Error ? error : new Error(String(error)) }
            : m,
        ),
    );
  };

  return {
    items: first.data ? [...first.data.items, ...pages.flatMap((p) => p.items)] : [],
    next,
    ready: first.data !== null,
    loading: first.loading || (more.key === key && more.loading),
    error: first.error ?? (more.key === key ? more.error : null),
    loadMore,
  };
}
