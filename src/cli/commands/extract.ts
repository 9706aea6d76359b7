import { type Command, Option } from 'commander';
import { renderExplanation } from '../explain-listing.js';
import { dbOption } from '../options.js';

/**
 * Output formats of `chronicle extract`; a later issue may add more (GeoJSON, FtM).
 *
 * @example
 * new Option('--format <format>').choices(EXTRACT_FORMATS)
 */
export const EXTRACT_FORMATS = ['json'] as const;

interface ExtractOptions {
  format: (typeof EXTRACT_FORMATS)[number];
  explain?: boolean;
}

/**
 * `chronicle extract FILE`: prints what one document yields, without storing anything.
 *
 * @example
 * chronicle extract article.txt > article.json
 * chronicle extract article.txt --explain
 */
export function registerExtract(program: Command): Command {
  return (
    program
      .command('extract')
      .description('extract organizations, people, relations and events from one document (stores nothing)')
      .argument('<file>', 'a text, Markdown or HTML document')
      .addOption(new Option('--format <format>', 'output format').choices(EXTRACT_FORMATS).default('json'))
      .option('--explain', 'list each fact with the stage and rule that produced it and its confidence')
      // Accepted for a uniform command line; extraction itself never touches the database.
      .addOption(dbOption().hideHelp())
      .action(async (file: string, options: ExtractOptions) => {
        const [{ readDocumentFile }, { extract }] = await Promise.all([
          import('../../kb/document-input.js'),
          import('../../extract/pipeline.js'),
        ]);
        const doc = await readDocumentFile(file);
        const extraction = await extract({ id: doc.id, raw: doc.raw, format: doc.format, fileName: doc.fileName });
        process.stdout.write(
          options.explain ? renderExplanation(extraction) : `${JSON.stringify(extraction, null, 2)}\n`,
        );
      })
  );
}
