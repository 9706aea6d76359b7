import { Link } from '../components/link.js';
import { useLocation } from '../router.js';
import { useTitle } from '../use-title.js';

/**
 * The page for a path the UI does not know.
 *
 * @example
 * <NotFoundPage />
 */
export function NotFoundPage() {
  const { path } = useLocation();
  useTitle('Not found');
  return (
    <section className="page">
      <h1>Not found</h1>
      <p>
        Nothing lives at <code>{path}</code>. <Link href="/">Search the knowledge base</Link> instead.
      </p>
    </section>
  );
}
