import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { ExtractionSchema } from '../../src/model/index.js';
import { numbered } from '../../src/store/postgres/connection.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { IngestInput, IngestResult, Store } from '../../src/store/store.js';
import { corpusDocuments } from '../support/corpus.js';

/** A backend the store contract runs against: how to open a store at a scratch location. */
export interface Backend {
  name: string;
  /** Opens the store of a `scratchDatabase()` path; opening the same path again reopens the same store. */
  open(path: string): Promise<Store>;
  /**
   * Runs one statement (`?` placeholders) on the database of an opened path behind the store's
   * back, as another process would, and gives the number of rows it changed.
   */
  execute(path: string, statement: string, ...params: (string | number | null)[]): Promise<number>;
}

/** The test server's maintenance database (test/support/postgres-server.ts), or null without PostgreSQL. */
export const postgresUrl = inject('postgresUrl');

/** The PostgreSQL databases created for scratch paths, dropped by their scratch's cleanup. */
const databases = new Map<string, string>();

/** Runs one statement on a PostgreSQL database, by default the test server's maintenance database. */
async function onPostgres(statement: string, params: unknown[] = [], url = postgresUrl!): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(numbered(statement), params)).rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * The URL of the PostgreSQL database of a scratch path, created on first use and dropped by the
 * scratch's cleanup.
 *
 * @example
 * const scratch = scratchDatabase();
 * const store = await openPostgresStore(await postgresDatabase(scratch.path));
 */
export async function postgresDatabase(path: string): Promise<string> {
  let name = databases.get(path);
  if (name === undefined) {
    name = `chronicle_test_${randomBytes(6).toString('hex')}`;
    await onPostgres(`create database ${name}`);
    databases.set(path, name);
  }
  const url = new URL(postgresUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Every backend the contract suite covers: SQLite always, PostgreSQL when a test server is provided. */
export const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    open: (path) => openSqliteStore(path),
    execute: async (path, statement, ...params) => {
      const raw = new Database(path);
      try {
        return raw.prepare(statement).run(...params).changes;
      } finally {
        raw.close();
      }
    },
  },
  ...(postgresUrl
    ? [
        {
          name: 'postgres',
          open: async (path: string) => openPostgresStore(await postgresDatabase(path)),
          execute: async (path: string, statement: string, ...params: (string | number | null)[]) =>
            onPostgres(statement, params, await postgresDatabase(path)),
        },
      ]
    : []),
];

/**
 * A scratch location for one test's database: a folder for a SQLite file, and the PostgreSQL
 * database opened for the same path if any. The returned cleanup removes both.
 */
export function scratchDatabase(): { path: string; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-store-'));
  const path = join(dir, 'kb.db');
  return {
    path,
    cleanup: async () => {
      rmSync(dir, { recursive: true, force: true });
      const name = databases.get(path);
      if (name === undefined) return;
      databases.delete(path);
      // `with (force)`: a store a failed test left open must not keep its database alive.
      await onPostgres(`drop database if exists ${name} with (force)`);
    },
  };
}

/** The corpus gold annotations as real extractions, ready to ingest. */
export function goldInputs(): IngestInput[] {
  return corpusDocuments().map((doc) => ({
    document: {
      id: doc.id,
      title: ExtractionSchema.parse(doc.gold).document.title,
      path: doc.textPath,
      format: 'text',
      text: doc.text,
      contentHash: createHash('sha256').update(doc.text).digest('hex'),
    },
    extraction: ExtractionSchema.parse(doc.gold),
  }));
}

/**
 * A store of `backend` in a scratch folder with every corpus gold annotation ingested before the
 * suite's tests, closed and removed after them. `ingested` holds each ingest's result, in order;
 * `path` is where the store lives, for a test that edits the database behind it.
 *
 * @example
 * const kb = useGoldStore(backend);
 * it('…', async () => expect(await kb.store.documents()).toHaveLength(5));
 */
export function useGoldStore(backend: Backend): { store: Store; ingested: IngestResult[]; path: string } {
  // Filled in by beforeAll, before any test of the suite (or a later beforeAll) reads it.
  const suite = { store: undefined as unknown as Store, ingested: [] as IngestResult[], path: '' };
  let cleanup = async () => {};
  beforeAll(async () => {
    const scratch = scratchDatabase();
    cleanup = scratch.cleanup;
    suite.path = scratch.path;
    suite.store = await backend.open(scratch.path);
    for (const input of goldInputs()) suite.ingested.push(await suite.store.ingest(input));
  });
  afterAll(async () => {
    await suite.store.close();
    await cleanup();
  });
  return suite;
}
