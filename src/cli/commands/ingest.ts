import type { Command } from 'commander';
import { type Config, resolveConfig } from '../../config.js';
import type { DocumentInput } from '../../kb/document-input.js';
import { ChronicleError, InputError } from '../../model/errors.js';
import type { IngestResult, Store } from '../../store/store.js';
import { EXIT } from '../exit.js';
import { openDatabase } from '../open-database.js';
import { dbOption } from '../options.js';
import { createProgress } from '../progress.js';

/** What happened to one file of a batch. */
export type FileOutcome = ({ file: string } & IngestResult) | { file: string; status: 'failed'; error: string };

interface IngestOptions {
  db?: string;
  json?: boolean;
}

/**
 * `chronicle ingest FILE…`: extracts and stores documents, one transaction each, so a bad file
 * is reported and skipped while the others land.
 *
 * @example
 * chronicle ingest articles/*.txt --db kb.db
 * chronicle ingest a.txt b.md --json | jq '.[] | select(.status == "failed")'
 */
export function registerIngest(program: Command): Command {
  return program
    .command('ingest')
    .description('extract documents and store them in the database')
    .argument('<files...>', 'text, Markdown or HTML documents')
    .addOption(dbOption())
    .option('--json', 'print one JSON array of per-file results (no progress bar)')
    .action(async (files: string[], options: IngestOptions) => {
      const config = resolveConfig({ db: options.db });
      const outcomes = await ingestFiles(config, files, Boolean(options.json));
      if (options.json) process.stdout.write(`${JSON.stringify(outcomes, null, 2)}\n`);
      else {
        for (const outcome of outcomes) {
          if (outcome.status === 'failed') process.stderr.write(`chronicle: ${outcome.error}\n`);
          else process.stdout.write(`${describeOutcome(outcome)}\n`);
        }
        if (outcomes.length > 1) process.stdout.write(`${summarize(outcomes)}\n`);
      }
      if (outcomes.some((o) => o.status === 'failed')) process.exitCode = EXIT.usage;
    });
}

// The database is opened at the first readable file, so a batch of unreadable files creates
// nothing. A database that cannot be opened stops the batch; after that only Chronicle's own
// errors (bad input, a lock) are per-file, and anything else is a bug that stops it too.
async function ingestFiles(config: Config, files: string[], quiet: boolean): Promise<FileOutcome[]> {
  const [{ readDocumentFile }, { ingestDocument }] = await Promise.all([
    import('../../kb/document-input.js'),
    import('../../kb/ingest.js'),
  ]);
  let store: Store | undefined;
  const ingestOne = async (file: string): Promise<FileOutcome> => {
    let doc: DocumentInput;
    try {
      doc = await readDocumentFile(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { file, status: 'failed', error: error.message };
    }
    store ??= await openDatabase(config, 'create');
    try {
      return { file, ...(await ingestDocument(store, doc)) };
    } catch (error) {
      if (!(error instanceof ChronicleError)) throw error;
      return { file, status: 'failed', error: error.message };
    }
  };
  const progress = createProgress(files.length, { quiet });
  const outcomes: FileOutcome[] = [];
  try {
    for (const file of files) {
      outcomes.push(await ingestOne(file));
      progress.tick(file);
    }
  } finally {
    progress.stop();
    await store?.close();
  }
  return outcomes;
}

/**
 * One line for a stored file: `added     islamic-state-caucasus-province (x.txt): 3 organizations, …`.
 *
 * @example
 * describeOutcome({ file: 'a.txt', documentId: 'a', status: 'unchanged', added }) // 'unchanged a (a.txt): already stored with the same content'
 */
export function describeOutcome(outcome: { file: string } & IngestResult): string {
  const head = `${outcome.status.padEnd(9)} ${outcome.documentId} (${outcome.file})`;
  if (outcome.status === 'unchanged') return `${head}: already stored with the same content`;
  const counts = Object.entries(outcome.added).map(([what, n]) => `${n} ${n === 1 ? singular(what) : what}`);
  return `${head}: ${counts.join(', ')}`;
}

function singular(plural: string): string {
  return plural === 'people' ? 'person' : plural.replace(/s$/, '');
}

function summarize(outcomes: FileOutcome[]): string {
  const tally = new Map<string, number>();
  for (const o of outcomes) tally.set(o.status, (tally.get(o.status) ?? 0) + 1);
  return `${outcomes.length} files: ${[...tally].map(([status, n]) => `${n} ${status}`).join(', ')}`;
}
