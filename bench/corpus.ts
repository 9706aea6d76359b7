import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One document of the benchmark corpus. */
export interface BenchDocument {
  id: string;
  fileName: string;
  raw: string;
}

/**
 * Builds a corpus of at least `minBytes` of UTF-8 text from the documents in `dirs`, each copy
 * varied so no two are identical: the body paragraphs rotate and the years shift, which keeps
 * the prose realistic while defeating any cache keyed on text.
 *
 * @example
 * const docs = buildBenchCorpus(['corpus/seed', 'corpus/dev'], 5 * 1024 * 1024);
 */
export function buildBenchCorpus(dirs: string[], minBytes: number): BenchDocument[] {
  const sources = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') })),
  );
  if (sources.length === 0) throw new Error(`no .txt documents in ${dirs.join(', ')}`);
  const docs: BenchDocument[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy++) {
    for (const source of sources) {
      const raw = vary(source.text, copy);
      docs.push({ id: `${source.name}-${copy}`, fileName: `${source.name}-${copy}.txt`, raw });
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

function vary(text: string, copy: number): string {
  if (copy === 0) return text;
  const [title = '', ...body] = text.split('\n');
  const turn = copy % Math.max(body.length, 1);
  const rotated = [...body.slice(turn), ...body.slice(0, turn)];
  const shift = (copy % 9) - 4;
  return [title, ...rotated].join('\n').replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (year) => String(Number(year) + shift));
}
