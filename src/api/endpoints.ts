import { REVIEW_ENDPOINTS } from './routes/review.js';

/** One documented endpoint of the API. */
export interface Endpoint {
  method: 'GET' | 'POST';
  path: string;
  summary: string;
  /** A request to try, shown as a link on the index page. */
  example?: string;
}

/**
 * Every endpoint the API serves, with what it does. The index page lists them and a test
 * checks that each route of the app is here, so nothing ships undocumented.
 *
 * @example
 * ENDPOINTS.find((e) => e.path === '/api/v1/search')?.example // '/api/v1/search?q=IS-CP'
 */
export const ENDPOINTS: readonly Endpoint[] = [
  { method: 'GET', path: '/', summary: 'The web interface (a redirect to this page when the UI is not built)' },
  { method: 'GET', path: '/api/v1', summary: 'This page: the endpoints of the API', example: '/api/v1' },
  { method: 'GET', path: '/health', summary: 'Liveness and the number of stored documents', example: '/health' },
  {
    method: 'GET',
    path: '/api/v1/organizations',
    summary: 'Organizations by name, with their aliases in every script (limit, offset)',
    example: '/api/v1/organizations',
  },
  { method: 'GET', path: '/api/v1/organizations/:id', summary: 'One organization with all its names and its profile' },
  {
    method: 'GET',
    path: '/api/v1/people',
    summary: 'People by name, with their aliases (limit, offset)',
    example: '/api/v1/people',
  },
  { method: 'GET', path: '/api/v1/people/:id', summary: 'One person with all names and the profile' },
  {
    method: 'GET',
    path: '/api/v1/events',
    summary: 'Events oldest first; filters: group (name or id), from, to (EDTF), category; limit, offset',
    example: '/api/v1/events?category=attack',
  },
  { method: 'GET', path: '/api/v1/events/:id', summary: 'One event with its evidence and citations' },
  {
    method: 'GET',
    path: '/api/v1/search',
    summary: 'Organizations and people matching q in any script or spelling, best first (limit)',
    example: '/api/v1/search?q=IS-CP',
  },
  {
    method: 'GET',
    path: '/api/v1/documents',
    summary: 'Stored documents (limit, offset)',
    example: '/api/v1/documents',
  },
  { method: 'GET', path: '/api/v1/documents/:id', summary: 'One document with its text and reference list' },
  {
    method: 'POST',
    path: '/api/v1/documents',
    summary: 'Ingest a document: a form field "file", or the raw body with ?name=article.txt',
  },
  ...REVIEW_ENDPOINTS,
];
