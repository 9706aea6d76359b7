import { createApp } from '../api/app.js';
import { startServer } from '../api/server.js';
import type { Config } from '../config.js';
import type { Store } from '../store/store.js';

/**
 * Serves the API over a store until Ctrl-C or SIGTERM, then stops accepting requests and
 * returns, so the caller can close the store cleanly.
 *
 * @example
 * await withStore(config, 'create', (store) => serveUntilStopped(store, config));
 */
export async function serveUntilStopped(store: Store, config: Config): Promise<void> {
  const server = await startServer(createApp(store), config);
  // Listen for the stop signal before announcing the URL: whoever reads the URL may signal at once.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stdout.write(`Chronicle is running at ${server.url}\n`);
  await stopped;
  process.stderr.write('chronicle: stopping\n');
  await server.close();
}
