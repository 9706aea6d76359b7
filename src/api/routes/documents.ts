import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { documentFromUpload, MAX_DOCUMENT_BYTES } from '../../kb/document-input.js';
import { ingestDocument } from '../../kb/ingest.js';
import { InputError, NotFoundError } from '../../model/errors.js';
import type { Store } from '../../store/store.js';
import { problem } from '../errors.js';
import { PageParams, queryParams } from '../params.js';

/**
 * Query of `GET /api/v1/documents`.
 *
 * @example
 * DocumentListQuery.parse({ limit: '20' }) // { limit: 20, offset: 0 }
 */
export const DocumentListQuery = z.strictObject({ ...PageParams });

/**
 * Query of `POST /api/v1/documents` when the body is the document itself rather than a form.
 *
 * @example
 * DocumentUploadQuery.parse({ name: 'brief.md' }) // { name: 'brief.md' }
 */
export const DocumentUploadQuery = z.strictObject({ name: z.string().trim().min(1).optional() });

// Room for the multipart envelope around a document of the largest accepted size.
const MAX_BODY_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;

/**
 * `GET /` lists stored documents; `GET /:id` gives one with its text and reference list;
 * `POST /` ingests a document sent as a form field `file` or as the raw body with `?name=`.
 *
 * @example
 * app.route('/api/v1/documents', documentRoutes(store));
 * // curl -F file=@article.txt http://localhost:8080/api/v1/documents
 */
export function documentRoutes(store: Store): Hono {
  return new Hono()
    .get('/', async (c) => {
      const { limit, offset } = queryParams(c, DocumentListQuery);
      const documents = await store.documents();
      return c.json({ total: documents.length, limit, offset, items: documents.slice(offset, offset + limit) });
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id');
      const document = await store.document(id);
      if (!document)
        throw new NotFoundError(`no document with id "${id}"; list them at /api/v1/documents`, { where: 'id' });
      return c.json({ ...document, sources: await store.sources(id) });
    })
    .post(
      '/',
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: (c) => problem(c, 413, `the document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`),
      }),
      async (c) => {
        const upload = await readUpload(c.req.raw, queryParams(c, DocumentUploadQuery).name);
        const result = await ingestDocument(store, documentFromUpload(upload.name, upload.bytes));
        return c.json(result, result.status === 'unchanged' ? 200 : 201);
      },
    );
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
