import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { documentFromUpload, MAX_DOCUMENT_BYTES } from '../../kb/document-input.js';
import { ingestDocument } from '../../kb/ingest.js';
import { InputError, NotFoundError } from '../../model/errors.js';
import type { Store } from '../../store/store.js';
import { problem } from '../errors.js';
import { LIST_MEDIA_TYPES, listParams, listResponse } from '../list-response.js';
import { pageOf } from '../page-of.js';
import { pathParams, queryParams } from '../params.js';
import { DocumentSchema, DocumentWithTextSchema, pageSchema } from '../response-schemas.js';
import { defineRoute, type RouteDefinition } from '../route-registry.js';

const FORMATS = ['json', 'csv'] as const;

const DOCUMENT_SORTS = {
  id: (d: { id: string }) => d.id,
  ingested: (d: { ingestedAt: string }) => d.ingestedAt,
};

/**
 * Query of `GET /api/v1/documents`.
 *
 * @example
 * DocumentListQuery.parse({ sort: '-ingested' }) // { sort: '-ingested', limit: 100 }
 */
export const DocumentListQuery = z.strictObject({
  sort: z.enum(['id', '-id', 'ingested', '-ingested']).default('id'),
  ...listParams(FORMATS),
});

/**
 * Query of `POST /api/v1/documents` when the body is the document itself rather than a form.
 *
 * @example
 * DocumentUploadQuery.parse({ name: 'brief.md' }) // { name: 'brief.md' }
 */
export const DocumentUploadQuery = z.strictObject({
  name: z.string().trim().min(1).optional().describe('the file name of a raw body, e.g. article.txt'),
});

/** Path of `GET /api/v1/documents/{id}`. */
export const DocumentPath = z.object({ id: z.string().describe('a document id') });

const IngestResultSchema = z.object({
  documentId: z.string(),
  status: z.enum(['added', 'replaced', 'unchanged']),
  added: z.record(z.string(), z.number().int()),
});

// Room for the multipart envelope around a document of the largest accepted size.
const MAX_BODY_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;

/**
 * `GET /api/v1/documents` lists stored documents; `GET …/{id}` gives one with its text and
 * reference list; `POST /api/v1/documents` ingests a document sent as a form field `file` or
 * as the raw body with `?name=`.
 *
 * @example
 * registerRoutes(app, documentRoutes(store)); // curl -F file=@article.txt http://localhost:8080/api/v1/documents
 */
export function documentRoutes(store: Store): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/documents',
      tag: 'documents',
      summary: 'Stored documents, by id or ingest time',
      example: '/api/v1/documents',
      query: DocumentListQuery,
      responses: {
        200: {
          description: 'A page of documents',
          content: { [LIST_MEDIA_TYPES.json]: pageSchema(DocumentSchema), [LIST_MEDIA_TYPES.csv]: null },
        },
      },
      handler: async (c) => {
        const { sort, limit, cursor, format } = queryParams(c, DocumentListQuery);
        const key = DOCUMENT_SORTS[sort.replace(/^-/, '') as keyof typeof DOCUMENT_SORTS];
        const page = pageOf(await store.documents(), { sort, key, id: (d) => d.id }, { limit, cursor });
        return listResponse(c, page, { item: DocumentSchema, formats: FORMATS, format, limit });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/documents/:id',
      tag: 'documents',
      summary: 'One document with its text and reference list',
      params: DocumentPath,
      responses: { 200: { description: 'The document', content: { 'application/json': DocumentWithTextSchema } } },
      handler: async (c) => {
        const { id } = pathParams(c, DocumentPath);
        const document = await store.document(id);
        if (!document)
          throw new NotFoundError(`no document with id "${id}"; list them at /api/v1/documents`, { where: 'id' });
        return c.json({ ...document, sources: await store.sources(id) } satisfies z.infer<
          typeof DocumentWithTextSchema
        >);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/documents',
      tag: 'documents',
      summary: 'Ingest a document: a form field "file", or the raw body with ?name=article.txt',
      query: DocumentUploadQuery,
      body: {
        'multipart/form-data': z.object({ file: z.string().describe('the document file') }),
        'text/plain': z.string(),
      },
      responses: {
        200: {
          description: 'Already stored with the same content',
          content: { 'application/json': IngestResultSchema },
        },
        201: { description: 'Stored', content: { 'application/json': IngestResultSchema } },
      },
      middleware: [
        bodyLimit({
          maxSize: MAX_BODY_BYTES,
          onError: (c) => problem(c, 413, `the document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`),
        }),
      ],
      handler: async (c) => {
        const upload = await readUpload(c.req.raw, queryParams(c, DocumentUploadQuery).name);
        const result = await ingestDocument(store, documentFromUpload(upload.name, upload.bytes));
        return c.json(result satisfies z.infer<typeof IngestResultSchema>, result.status === 'unchanged' ? 200 : 201);
      },
    }),
  ];
}

async function readUpload(request: Request, name: string | undefined): Promise<{ name: string; bytes: Uint8Array }> {
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const file = (await request.formData()).get('file');
    if (!(file instanceof File)) {
      throw new InputError("form field 'file': attach the document as a file", { where: 'file' });
    }
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  if (name === undefined) {
    throw new InputError("query parameter 'name': name the document (e.g. ?name=article.txt) or send a form", {
      where: 'name',
    });
  }
  return { name, bytes: new Uint8Array(await request.arrayBuffer()) };
}
