// `npm start`: create the database if needed, load the demo article into an empty one, serve the API.
import { relative } from 'node:path';
import { Command } from 'commander';
import { resolveConfig } from '../config.js';
import { databaseLabel } from '../store/open-store.js';
import { describeOutcome } from './commands/ingest.js';
import { DEMO_DOCUMENT_PATH, loadDemoIfEmpty } from './demo-document.js';
import { withStore } from './open-database.js';
import { dbOption } from './options.js';
import { runProgram } from './run-program.js';
import { serveUntilStopped } from './serve-until-stopped.js';

const start = new Command('start')
  .description('create the database, load the demo article if it is empty, and serve the web UI and the API')
  .addOption(dbOption())
  .option('--port <n>', 'port to listen on (env PORT, default 8080)')
  .option('--host <address>', 'address to listen on (env CHRONICLE_HOST, default 127.0.0.1)')
  .action(async (options: { db?: string; port?: string; host?: string }) => {
    const config = resolveConfig(options);
    await withStore(config, 'create', async (store) => {
      const demo = await loadDemoIfEmpty(store);
      if (demo) {
        const file = relative(process.cwd(), DEMO_DOCUMENT_PATH);
        process.stdout.write(
          `Loaded the demo article into ${databaseLabel(config.db)}:\n  ${describeOutcome({ file, ...demo })}\n`,
        );
      }
      await serveUntilStopped(store, config);
    });
  });

await runProgram(start, process.argv);
