import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared corpus beside the project (`../shared/corpus`): documents with gold
 * annotations. Tests read it in place; it is never copied into the repo except the demo.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = resolve(root, '../shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const SCHEMA_PATH = join(SHARED_DIR, 'spec/extraction.schema.json');
export const SCORER_PATH = join(SHARED_DIR, 'eval/score.mjs');

export interface CorpusDocument {
  id: string;
  folder: 'seed' | 'dev';
  textPath: string;
  text: string;
  gold: unknown;
}

/** Every corpus document with its gold annotation, seed first. */
export function corpusDocuments(): CorpusDocument[] {
  return (['seed', 'dev'] as const).flatMap((folder) => {
    const dir = join(CORPUS_DIR, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()
      .map((f) => {
        const id = f.replace(/\.gold\.json$/, '');
        const textPath = join(dir, `${id}.txt`);
        return {
          id,
          folder,
          textPath,
          text: readFileSync(textPath, 'utf8'),
          gold: JSON.parse(readFileSync(join(dir, f), 'utf8')),
        };
      });
  });
}
