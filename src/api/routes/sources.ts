import { z } from 'zod';
import type { Store } from '../../store/store.js';
import { LIST_MEDIA_TYPES, listParams, listResponse } from '../list-response.js';
import { pageOf } from '../page-of.js';
import { queryParams } from '../params.js';
import { pageSchema, SourceRecordSchema } from '../response-schemas.js';
import { defineRoute, type RouteDefinition } from '../route-registry.js';

const FORMATS = ['json', 'csv'] as const;

/**
 * Query of `GET /api/v1/sources`.
 *
 * @example
 * SourceListQuery.parse({ document: 'islamic-state-caucasus-province' })
 */
export const SourceListQuery = z.strictObject({
  document: z.string().trim().min(1).optional().describe("only this document's references"),
  publisher: z.string().trim().min(1).optional().describe('only references from this publisher (any case)'),
  sort: z.enum(['document', 'date', '-date']).default('document'),
  ...listParams(FORMATS),
});

// A document's labels are mostly numbers: "2" before "10".
const byDocument = (s: { documentId: string; label: string }) => `${s.documentId}\u0000${s.label.padStart(8, '0')}`;

/**
 * `GET /api/v1/sources` lists the parsed references of the documents (title, publisher,
 * date, URL, the footnote's evidence), each with its document.
 *
 * @example
 * registerRoutes(app, sourceRoutes(store)); // GET /api/v1/sources?publisher=Reuters
 */
export function sourceRoutes(store: Store): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/sources',
      tag: 'sources',
      summary: 'Parsed references of the documents, each with its document; filters: document, publisher',
      example: '/api/v1/sources',
      query: SourceListQuery,
      responses: {
        200: {
          description: 'A page of references',
          content: { [LIST_MEDIA_TYPES.json]: pageSchema(SourceRecordSchema), [LIST_MEDIA_TYPES.csv]: null },
        },
      },
      handler: async (c) => {
        const { document, publisher, sort, limit, cursor, format } = queryParams(c, SourceListQuery);
        let sources = await store.sources(document);
        if (publisher !== undefined) {
          const wanted = publisher.toLocaleLowerCase();
          sources = sources.filter((s) => s.publisher?.toLocaleLowerCase() === wanted);
        }
        const key = sort === 'document' ? byDocument : (s: { date?: string }) => s.date ?? '';
        const page = pageOf(sources, { sort, key, id: (s) => s.id }, { limit, cursor });
        return listResponse(c, page, { item: SourceRecordSchema, formats: FORMATS, format, limit });
      },
    }),
  ];
}
