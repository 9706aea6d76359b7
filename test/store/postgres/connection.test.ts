import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError, StoreError } from '../../../src/model/index.js';
import { migrationsFor } from '../../../src/store/migrations/index.js';
import { openStore } from '../../../src/store/open-store.js';
import { openPostgresConnection } from '../../../src/store/postgres/connection.js';
import { openPostgresStore } from '../../../src/store/postgres/postgres-store.js';
import type { IngestInput } from '../../../src/store/store.js';
import { goldInputs, postgresDatabase, postgresUrl, scratchDatabase } from '../backends.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The test server's URL with another user, password or database. */
function variant(change: { username?: string; password?: string; database?: string }): string {
  const url = new URL(postgresUrl!);
  if (change.username !== undefined) url.username = change.username;
  if (change.password !== undefined) url.password = change.password;
  if (change.database !== undefined) url.pathname = `/${change.database}`;
  return url.toString();
}

describe('opening a PostgreSQL knowledge base that cannot be reached', () => {
  it('says no server answers, naming the URL without its password', async () => {
    const port = await closedPort();
    const opening = openStore({ path: `postgres://analyst:hunter2@127.0.0.1:${port}/chronicle` });
    await expect(opening).rejects.toThrow(StoreError);
    await expect(opening).rejects.toThrow(
      `postgres://analyst@127.0.0.1:${port}/chronicle: no PostgreSQL server answers there; start it or check the host and port`,
    );
    await expect(opening).rejects.not.toThrow(/hunter2/);
  });

  it('refuses a URL it cannot read, without echoing the password', async () => {
    const opening = openStore({ path: 'postgresql://analyst:hunter2@[chronicle/kb' });
    await expect(opening).rejects.toThrow(InputError);
    await expect(opening).rejects.toThrow('postgresql://analyst@[chronicle/kb: not a PostgreSQL URL');
  });
});

describe.skipIf(postgresUrl === null)('postgres: opening a knowledge base', () => {
  let scratch = scratchDatabase();
  afterEach(async () => {
    await scratch.cleanup();
    scratch = scratchDatabase();
  });

  it('says a database does not exist and how to create it', async () => {
    const url = variant({ database: 'chronicle_no_such_database', password: 'hunter2' });
    const opening = openPostgresStore(url);
    await expect(opening).rejects.toThrow(StoreError);
    await expect(opening).rejects.toThrow(
      `${variant({ database: 'chronicle_no_such_database' })}: the database does not exist; create it (createdb)`,
    );
  });

  it('says the server refused an unknown user', async () => {
    await expect(openPostgresStore(variant({ username: 'chronicle_nobody' }))).rejects.toThrow(
      /chronicle_nobody@.*: the server refused this user; check the user name/,
    );
  });

  it('migrates once: a second open applies nothing and keeps the data', async () => {
    const url = await postgresDatabase(scratch.path);
    const first = await openPostgresStore(url);
    await first.ingest(goldInputs()[0]!);
    await first.close();
    const second = await openPostgresStore(url);
    expect(await second.documents()).toHaveLength(1);
    await second.close();
    const conn = await openPostgresConnection(url);
    const applied = await conn
      .prepare<[], { version: number }>('select version from schema_migrations order by version')
      .all();
    await conn.close();
    expect(applied.map((r) => r.version)).toEqual(migrationsFor('postgres').map((m) => m.version));
  });

  it('lets two processes open a new database at once: one builds it, the other waits', async () => {
    const url = await postgresDatabase(scratch.path);
    const stores = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    await stores[0].ingest(goldInputs()[0]!);
    expect(await stores[1].documents()).toHaveLength(1);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('lets two processes ingest into one database at once, one writer after the other', async () => {
    const [first, second] = goldInputs();
    // Whoever takes the lock first ingests first, and an entity's name is its first document's.
    const inOrder = async (inputs: IngestInput[]) => {
      const scratchOfOrder = scratchDatabase();
      const store = await openPostgresStore(await postgresDatabase(scratchOfOrder.path));
      for (const input of inputs) await store.ingest(input);
      const names = (await store.entities()).map((e) => e.name).sort();
      await store.close();
      await scratchOfOrder.cleanup();
      return names;
    };
    const expected = [await inOrder([first!, second!]), await inOrder([second!, first!])];
    const url = await postgresDatabase(scratch.path);
    const stores = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    await Promise.all([stores[0].ingest(first!), stores[1].ingest(second!)]);
    expect(expected).toContainEqual((await stores[0].entities()).map((e) => e.name).sort());
    await Promise.all(stores.map((s) => s.close()));
  });

  it('runs statements and kysely queries in one transaction, an inner one as a savepoint, counts as numbers', async () => {
    const conn = await openPostgresConnection(await postgresDatabase(scratch.path));
    const entity = (id: string) =>
      conn.prepare<[string]>(`insert into entities (id, kind) values (?, 'person')`).run(id);
    const count = conn.prepare<[], { n: number }>('select count(*) as n from entities');
    try {
      await expect(
        conn.transaction(async () => {
          await entity('per_kept-inside');
          await conn.db.insertInto('entities').values({ id: 'per_by-kysely', kind: 'person' }).execute();
          await conn
            .transaction(async () => {
              await entity('per_undone');
              throw new Error('inner work fails');
            })
            .catch((error: Error) => expect(error.message).toBe('inner work fails'));
          expect(await count.get()).toEqual({ n: 2 });
          throw new Error('outer work fails');
        }),
      ).rejects.toThrow('outer work fails');
      expect(await count.get()).toEqual({ n: 0 });
      await conn.transaction(async () => {
        await entity('per_committed');
        await conn.db.insertInto('entities').values({ id: 'per_committed-by-kysely', kind: 'person' }).execute();
      });
      expect(await count.get()).toEqual({ n: 2 });
    } finally {
      await conn.close();
    }
  });

  it('keeps a transaction to itself: work outside it, meanwhile, neither joins it nor sees its writes', async () => {
    const conn = await openPostgresConnection(await postgresDatabase(scratch.path));
    const count = conn.prepare<[], { n: number }>('select count(*) as n from entities');
    let inside!: () => void;
    const written = new Promise<void>((resolve) => (inside = resolve));
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    try {
      const transaction = conn.transaction(async () => {
        await conn.prepare(`insert into entities (id, kind) values ('per_pending', 'person')`).run();
        inside();
        await finished;
      });
      await written;
      expect(await count.get()).toEqual({ n: 0 });
      expect(await conn.db.selectFrom('entities').selectAll().execute()).toEqual([]);
      finish();
      await transaction;
      expect(await count.get()).toEqual({ n: 1 });
    } finally {
      await conn.close();
    }
  });

  it('refuses to truncate the audit log too, as a broken rule of the schema', async () => {
    const url = await postgresDatabase(scratch.path);
    const store = await openPostgresStore(url);
    await store.ingest(goldInputs()[0]!);
    const [event] = await store.events();
    await store.review({ action: 'reject', kind: 'event', id: event!.id, reason: 'duplicate' }, 'editor');
    await store.close();
    const conn = await openPostgresConnection(url);
    try {
      const truncate = conn
        .prepare('truncate audit_log')
        .run()
        .catch((error: unknown) => {
          throw conn.storeError(error, 'emptying the audit log') ?? error;
        });
      await expect(truncate).rejects.toThrow(StoreError);
      await expect(truncate).rejects.toThrow(
        `${conn.where}: emptying the audit log: a fact breaks a rule of the schema (audit_log is append-only`,
      );
      expect(await conn.prepare('select actor from audit_log').all()).toEqual([{ actor: 'editor' }]);
    } finally {
      await conn.close();
    }
  });
});
