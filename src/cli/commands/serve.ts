import type { Command } from 'commander';
import { resolveConfig } from '../../config.js';
import { withStore } from '../open-database.js';
import { dbOption } from '../options.js';

interface ServeOptions {
  db?: string;
  port?: string;
  host?: string;
}

/**
 * `chronicle serve`: the HTTP API over the database, until Ctrl-C.
 *
 * @example
 * chronicle serve --port 9000 --db kb.db
 */
export function registerServe(program: Command): Command {
  return program
    .command('serve')
    .description('serve the web UI at / and the HTTP API under /api/v1 (endpoints listed there)')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on (env PORT, default 8080; 0 picks a free one)')
    .option('--host <address>', 'address to listen on (env CHRONICLE_HOST, default 127.0.0.1)')
    .action(async (options: ServeOptions) => {
      const config = resolveConfig(options);
      const { serveUntilStopped } = await import('../serve-until-stopped.js');
      await withStore(config, 'create', (store) => serveUntilStopped(store, config));
    });
}
