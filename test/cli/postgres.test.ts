import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDocuments } from '../support/corpus.js';
import { postgresDatabase, postgresUrl, scratchDatabase } from '../store/backends.js';
import { CLI_TIMEOUT, lines, runCli } from './run-cli.js';

const seed = corpusDocuments().find((d) => d.folder === 'seed')!;

describe('chronicle on a PostgreSQL URL that cannot be reached', { timeout: CLI_TIMEOUT }, () => {
  it('says so in one line that names the URL without its password, and exits 2', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const run = await runCli(['search', 'IS-CP', '--db', `postgres://analyst:hunter2@127.0.0.1:${port}/chronicle`]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      `chronicle: postgres://analyst@127.0.0.1:${port}/chronicle: no PostgreSQL server answers there; start it or check the host and port`,
    ]);
  });
});

describe.skipIf(postgresUrl === null)(
  'postgres: chronicle with --db and CHRONICLE_DB',
  { timeout: CLI_TIMEOUT },
  () => {
    const scratch = scratchDatabase();
    afterAll(() => scratch.cleanup());

    it('ingests into the database a URL names and answers from it', async () => {
      const url = await postgresDatabase(scratch.path);
      const ingest = await runCli(['ingest', seed.textPath, '--db', url]);
      expect(ingest.stderr).toBe('');
      expect(ingest.code).toBe(0);
      const search = await runCli(['search', 'Вилаят Кавказ', '--json'], { CHRONICLE_DB: url });
      expect(search.code).toBe(0);
      expect(JSON.parse(search.stdout)[0]).toMatchObject({ name: 'Islamic State – Caucasus Province' });
    });
  },
);
