import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerEvents } from './commands/events.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerReview } from './commands/review.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerWhy } from './commands/why.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The `chronicle` command line: extract, ingest, search, events, show, serve, review, why.
 *
 * @example
 * await runProgram(buildProgram(), ['node', 'chronicle', 'search', 'IS-CP']);
 */
export function buildProgram(): Command {
  const program = new Command('chronicle')
    .description('Turn articles about armed groups into a sourced, queryable knowledge base.')
    .version(version)
    .showSuggestionAfterError();
  for (const register of [
    registerExtract,
    registerIngest,
    registerSearch,
    registerEvents,
    registerShow,
    registerServe,
    registerReview,
    registerWhy,
  ]) {
    register(program);
  }
  return program;
}
