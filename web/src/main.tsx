import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Layout } from './components/layout.js';
import { DocumentPage } from './pages/document.js';
import { EntityPage } from './pages/entity.js';
import { EventPage } from './pages/event.js';
import { EventsPage } from './pages/events.js';
import { GraphPage } from './pages/graph.js';
import { IngestPage } from './pages/ingest.js';
import { MapPage } from './pages/map.js';
import { NotFoundPage } from './pages/not-found.js';
import { OrganizationsPage } from './pages/organizations.js';
import { ReviewPage } from './pages/review.js';
import { SearchPage } from './pages/search.js';
import { TimelinePage } from './pages/timeline.js';
import { useLocation } from './router.js';
import './styles.css';

function Page() {
  const { path } = useLocation();
  const [, section = '', id] = path.split('/').map(decodeURIComponent);
  if (section === '' || section === 'search') return <SearchPage />;
  if (section === 'organizations' && id) return <EntityPage kind="organization" id={id} />;
  if (section === 'organizations') return <OrganizationsPage />;
  if (section === 'people' && id) return <EntityPage kind="person" id={id} />;
  if (section === 'events' && id) return <EventPage id={id} />;
  if (section === 'events') return <EventsPage />;
  if (section === 'documents' && id) return <DocumentPage id={id} />;
  if (section === 'ingest') return <IngestPage />;
  if (section === 'review') return <ReviewPage />;
  if (section === 'map') return <MapPage />;
  if (section === 'timeline') return <TimelinePage />;
  if (section === 'graph') return <GraphPage />;
  return <NotFoundPage />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Layout>
      <Page />
    </Layout>
  </StrictMode>,
);
