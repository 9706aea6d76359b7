import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../../src/model/index.js';
import { migrate, migrationsFor } from '../../../src/store/migrations/index.js';
import { openStore } from '../../../src/store/open-store.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { goldInputs, scratchDatabase } from '../backends.js';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('opening a SQLite knowledge base', () => {
  let scratch = scratchDatabase();
  afterEach(async () => {
    await scratch.cleanup();
    scratch = scratchDatabase();
  });

  it('creates the folder of a new database and migrates it', async () => {
    const path = join(dirname(scratch.path), 'nested', 'deeper', 'kb.db');
    const store = await openStore({ path });
    expect(await store.documents()).toEqual([]);
    await store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare('select version from schema_migrations order by version').pluck().all()).toEqual(
      migrationsFor('sqlite').map((m) => m.version),
    );
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('upgrades a database of an older schema version step by step, keeping its data', async () => {
    const raw = new Database(scratch.path);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    await migrate(db, migrationsFor('sqlite').slice(0, 1), scratch.path);
    raw.prepare("insert into entities (id, kind) values ('org_caucasus-emirate', 'organization')").run();
    await db.destroy();
    const store = await openSqliteStore(scratch.path);
    const seed = goldInputs()[0]!;
    expect((await store.ingest(seed)).status).toBe('added');
    expect((await store.searchNames({ normalized: 'kavkaz', ascii: 'kavkaz' }, 5)).length).toBeGreaterThan(0);
    expect(await store.entity('org_caucasus-emirate')).toMatchObject({ kind: 'organization' });
    await store.close();
  });

  it('refuses a database from a newer schema version, naming the path, and leaves it as it was', async () => {
    const store = await openSqliteStore(scratch.path);
    await store.ingest(goldInputs()[0]!);
    await store.close();
    const raw = new Database(scratch.path);
    raw
      .prepare("insert into schema_migrations (version, name, applied_at) values (99, 'from the future', '2030-01-01')")
      .run();
    raw.close();
    const before = digest(scratch.path);
    const opening = openSqliteStore(scratch.path);
    await expect(opening).rejects.toThrow(StoreError);
    await expect(opening).rejects.toThrow(
      `${scratch.path}: the database has schema version 99, newer than this Chronicle knows (${migrationsFor('sqlite').at(-1)?.version})`,
    );
    expect(digest(scratch.path)).toBe(before);
  });

  it('refuses a file that is not a database without writing to it', async () => {
    writeFileSync(scratch.path, 'The Islamic State – Caucasus Province is a branch of Islamic State.\n'.repeat(100));
    const before = digest(scratch.path);
    await expect(openSqliteStore(scratch.path)).rejects.toThrow(/not a SQLite database/);
    expect(digest(scratch.path)).toBe(before);
    expect(existsSync(`${scratch.path}-wal`)).toBe(false);
  });

  it('says the database is locked when another process holds it', async () => {
    const holder = new Database(scratch.path);
    holder.exec('create table held (x); begin exclusive; insert into held values (1)');
    try {
      await expect(openSqliteStore(scratch.path, { busyTimeoutMs: 50 })).rejects.toThrow(/locked by another process/);
    } finally {
      holder.exec('rollback');
      holder.close();
    }
  });
});
