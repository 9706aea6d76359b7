import { useEffect, useRef, useState, type DragEvent } from 'react';
import { api, type IngestResult, type UploadProgress } from '../api-client.js';
import { Link } from '../components/link.js';
import { documentPath } from '../paths.js';
import { withQuery } from '../router.js';
import { useTitle } from '../use-title.js';

/** Where one chosen file stands. */
type Upload = { key: number; file: File } & (
  | { state: 'queued' }
  | { state: 'working'; progress: UploadProgress }
  | { state: 'done'; result: IngestResult }
  | { state: 'failed'; message: string }
);

const STATUS_WORDS: Record<IngestResult['status'], string> = {
  added: 'added',
  replaced: 'replaced the earlier version',
  unchanged: 'already stored, unchanged',
};

/**
 * Upload one or more documents: each is sent in turn (extraction is heavy work for the server),
 * with its progress, then what was extracted from it and links to the document and its events.
 *
 * @example
 * <IngestPage /> // at /ingest
 */
export function IngestPage() {
  useTitle('Add documents');
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const nextKey = useRef(0);
  const queue = useRef(Promise.resolve());
  // Leaving the page cancels what is still being sent; made in the effect so a remount gets a fresh one.
  const controller = useRef<AbortController | null>(null);
  useEffect(() => {
    const current = new AbortController();
    controller.current = current;
    return () => current.abort();
  }, []);

  const set = (key: number, change: Partial<Upload> & Pick<Upload, 'state'>) =>
    setUploads((all) => all.map((u) => (u.key === key ? ({ ...u, ...change } as Upload) : u)));

  const add = (files: FileList | null) => {
    const added = [...(files ?? [])].map((file) => ({ key: nextKey.current++, file, state: 'queued' as const }));
    setUploads((all) => [...all, ...added]);
    for (const { key, file } of added) {
      queue.current = queue.current.then(() =>
        api
          .upload(file, (progress) => set(key, { state: 'working', progress }), controller.current?.signal)
          .then(
            (result) => set(key, { state: 'done', result }),
            (error: unknown) => {
              if (error instanceof DOMException && error.name === 'AbortError') return;
              set(key, { state: 'failed', message: error instanceof Error ? error.message : String(error) });
            },
          ),
      );
    }
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };

  return (
    <section className="page ingest-page">
      <h1>Add documents</h1>
      <p>
        Articles as plain text, Markdown or HTML. Each is read, its organizations, people, relations and events
        extracted with their evidence, and merged into the knowledge base.
      </p>
      <label
        className={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <span>Choose documents or drop them here</span>
        <input
          type="file"
          multiple
          onChange={(event) => {
            add(event.target.files);
            event.target.value = '';
          }}
        />
      </label>
      {uploads.length > 0 && (
        <ol className="uploads" aria-label="Uploads" aria-live="polite">
          {uploads.map((u) => (
            <UploadRow key={u.key} upload={u} />
          ))}
        </ol>
      )}
    </section>
  );
}

function UploadRow({ upload }: { upload: Upload }) {
  return (
    <li className={`upload upload-${upload.state}`} data-file={upload.file.name}>
      <p className="upload-head">
        <strong dir="auto">{upload.file.name}</strong>{' '}
        <span className="muted">{(upload.file.size / 1024).toFixed(1)} KB</span>
      </p>
      {upload.state === 'queued' && <p className="muted">Waiting for the documents before it…</p>}
      {upload.state === 'working' && <Progress progress={upload.progress} name={upload.file.name} />}
      {upload.state === 'failed' && (
        <p className="notice error" role="alert">
          Not added: {upload.message}
        </p>
      )}
      {upload.state === 'done' && <Extracted result={upload.result} />}
    </li>
  );
}

function Progress({ progress, name }: { progress: UploadProgress; name: string }) {
  if (progress.phase === 'extracting') {
    return (
      <p>
        <progress aria-label={`Extracting ${name}`} /> Extracting…
      </p>
    );
  }
  return (
    <p>
      <progress aria-label={`Sending ${name}`} value={progress.sent} max={progress.total || 1} /> Sending{' '}
      {progress.total ? Math.round((100 * progress.sent) / progress.total) : 0}%
    </p>
  );
}

function Extracted({ result }: { result: IngestResult }) {
  const path = documentPath(result.documentId);
  return (
    <>
      <p>
        <span className={`badge ingest-${result.status}`}>{STATUS_WORDS[result.status]}</span>{' '}
        <Link href={path}>Open the document</Link> · <Link href={`${path}#document-events-h`}>its events</Link> ·{' '}
        <Link href={withQuery('/review', { document: result.documentId })}>go to review</Link>
      </p>
      {result.status !== 'unchanged' && (
        <dl className="facts compact extracted">
          {Object.entries(result.added).map(([what, count]) => (
            <div key={what}>
              <dt>{what}</dt>
              <dd data-count={what}>{count}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
