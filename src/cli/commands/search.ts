import { type Command, Option } from 'commander';
import { resolveConfig } from '../../config.js';
import { withStore } from '../open-database.js';
import { dbOption, positiveInteger } from '../options.js';
import { renderTable } from '../text-table.js';

interface SearchOptions {
  db?: string;
  json?: boolean;
  limit: number;
}

/**
 * `chronicle search QUERY`: organizations and people whose names match, in any script or
 * spelling, best first.
 *
 * @example
 * chronicle search 'Вилаят Кавказ'
 * chronicle search asildarov --json --limit 3
 */
export function registerSearch(program: Command): Command {
  return program
    .command('search')
    .description('find organizations and people by any of their names, in any script')
    .argument('<query>', 'a name, alias, abbreviation or part of one')
    .addOption(dbOption())
    .option('--json', 'print a JSON array of { id, type, name, score }')
    .addOption(new Option('--limit <n>', 'at most this many results').argParser(positiveInteger).default(10))
    .action(async (query: string, options: SearchOptions) => {
      const config = resolveConfig({ db: options.db });
      const { searchEntities } = await import('../../kb/search.js');
      const hits = await withStore(config, 'existing', (store) =>
        searchEntities(store, query, { limit: options.limit }),
      );
      if (options.json) {
        const rows = hits.map(({ id, type, name, score }) => ({ id, type, name, score }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else if (hits.length === 0) {
        process.stderr.write(`chronicle: no organization or person matches "${query}"\n`);
      } else {
        const rows = hits.map((h) => [h.score.toFixed(2), h.type, h.id, h.name]);
        process.stdout.write(renderTable(['SCORE', 'TYPE', 'ID', 'NAME'], rows));
      }
    });
}
