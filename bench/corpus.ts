import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { detectFormat } from '../src/extract/document-reader.js';

/** One document of the benchmark corpus. */
export interface BenchDocument {
  id: string;
  fileName: string;
  raw: string;
}

// The formats the reader takes: plain text, Markdown and saved HTML pages; a folder's README is not a document.
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.html']);

/**
 * Builds a corpus of at least `minBytes` of UTF-8 text from the documents in `dirs` (plain text,
 * Markdown and HTML), each copy varied so no two are identical: the years shift and, in plain text,
 * the body paragraphs rotate, which keeps the prose realistic while defeating any cache keyed on text.
 * Each document keeps its extension, so its format is read from its file name.
 *
 * @example
 * const docs = buildBenchCorpus(['corpus/seed', 'corpus/dev', 'test/fixtures'], 5 * 1024 * 1024);
 */
export function buildBenchCorpus(dirs: string[], minBytes: number): BenchDocument[] {
  const sources = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => DOCUMENT_EXTENSIONS.has(extname(f)) && !/^readme\./i.test(f))
      .sort()
      .map((f) => ({
        name: f.slice(0, -extname(f).length),
        ext: extname(f),
        text: readFileSync(join(dir, f), 'utf8'),
      })),
  );
  if (sources.length === 0) throw new Error(`no .txt, .md or .html documents in ${dirs.join(', ')}`);
  const docs: BenchDocument[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy++) {
    for (const source of sources) {
      const fileName = `${source.name}-${copy}${source.ext}`;
      const raw = vary(source.text, copy, detectFormat(fileName, source.text) === 'text');
      docs.push({ id: `${source.name}-${copy}`, fileName, raw });
      bytes += Buffer.byteLength(raw);
    }
  }
  return docs;
}

/**
 * Total UTF-8 size of a corpus in bytes.
 *
 * @example
 * corpusBytes(buildBenchCorpus(dirs, 5 * 1024 * 1024)) // ≥ 5242880
 */
export function corpusBytes(docs: BenchDocument[]): number {
  return docs.reduce((sum, d) => sum + Buffer.byteLength(d.raw), 0);
}

// Markdown and HTML keep their line order: a heading, a reference list or a tag stays where it belongs.
function vary(text: string, copy: number, rotate: boolean): string {
  if (copy === 0) return text;
  const [title = '', ...body] = text.split('\n');
  const turn = rotate ? copy % Math.max(body.length, 1) : 0;
  const rotated = [...body.slice(turn), ...body.slice(0, turn)];
  const shift = (copy % 9) - 4;
  return [title, ...rotated].join('\n').replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (year) => String(Number(year) + shift));
}
