import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from '../router.js';
import { Link } from './link.js';
import { SearchBox } from './search-box.js';

const SECTIONS = [
  { href: '/', label: 'Search', match: (p: string) => p === '/' || p === '/search' },
  { href: '/organizations', label: 'Organizations', match: (p: string) => p.startsWith('/organizations') },
  { href: '/events', label: 'Events', match: (p: string) => p.startsWith('/events') },
  { href: '/timeline', label: 'Timeline', match: (p: string) => p === '/timeline' },
  { href: '/map', label: 'Map', match: (p: string) => p === '/map' },
  { href: '/graph', label: 'Graph', match: (p: string) => p === '/graph' },
  { href: '/review', label: 'Review', match: (p: string) => p === '/review' },
  { href: '/ingest', label: 'Add documents', match: (p: string) => p === '/ingest' || p.startsWith('/documents') },
];

/**
 * The frame of every page: the masthead with the sections and a search field, then the page.
 *
 * @example
 * <Layout><EventsPage /></Layout>
 */
export function Layout({ children }: { children: ReactNode }) {
  const { path } = useLocation();
  const home = SECTIONS[0]!.match(path);
  const main = useRef<HTMLElement>(null);
  const landed = useRef(false);
  // After moving to another page, start reading (and tabbing) from its content, as a page load would.
  useEffect(() => {
    // A page that focuses a field of its own (the search page) keeps it.
    if (landed.current && !main.current?.contains(document.activeElement)) main.current?.focus({ preventScroll: true });
    landed.current = true;
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="masthead">
        <Link href="/" className="wordmark">
          Chronicle
        </Link>
        <nav aria-label="Sections">
          {SECTIONS.map((s) => (
            <Link key={s.href} href={s.href} aria-current={s.match(path) ? 'page' : undefined}>
              {s.label}
            </Link>
          ))}
        </nav>
        {!home && <SearchBox />}
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        {children}
      </main>
      <footer className="colophon">
        Every fact links to the sentence it comes from. Dates are as precise as the sources allow.
      </footer>
    </>
  );
}
