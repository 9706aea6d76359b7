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

/** The documents written for this project, beside their tests; those with a gold annotation are scored. */
export const FIXTURES_DIR = join(root, 'test/fixtures');

export interface CorpusDocument {
  id: string;
  folder: 'seed' | 'dev' | 'fixtures';
  /** The text's file; its extension tells the extractor the format. */
  textPath: string;
  text: string;
  gold: unknown;
}

/** Every corpus document with its gold annotation, seed first. */
export function corpusDocuments(): CorpusDocument[] {
  return (['seed', 'dev'] as const).flatMap((folder) => annotatedDocuments(join(CORPUS_DIR, folder), folder));
}

/**
 * The documents written for this project that have a gold annotation: the held-out check that
 * extraction generalizes beyond the corpus's region and groups.
 */
export function fixtureDocuments(): CorpusDocument[] {
  return annotatedDocuments(FIXTURES_DIR, 'fixtures');
}

// A corpus text is plain; a document written for the project may also be Markdown or a saved HTML page.
const TEXT_EXTENSIONS = ['.txt', '.md', '.html'];

function annotatedDocuments(dir: string, folder: CorpusDocument['folder']): CorpusDocument[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.gold\.json$/, '');
      const textPath =
        TEXT_EXTENSIONS.map((ext) => join(dir, `${id}${ext}`)).find(existsSync) ?? join(dir, `${id}.txt`);
      return {
        id,
        folder,
        textPath,
        text: readFileSync(textPath, 'utf8'),
        gold: JSON.parse(readFileSync(join(dir, f), 'utf8')),
      };
    });
}
