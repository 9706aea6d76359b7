import type { Kysely } from 'kysely';
import { StoreError } from '../../model/index.js';
import type { Migration } from './migration.js';

/**
 * Brings a database up to the newest schema, one transaction per step, recording each
 * version in `schema_migrations`. A database written by a newer Chronicle is refused
 * before anything is touched.
 *
 * @example
 * await migrate(db, migrationsFor('sqlite'), 'data/chronicle.db'); // → 3 (the schema version)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrate(db: Kysely<any>, migrations: Migration[], where: string): Promise<number> {
  await db.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const row = await db
    .selectFrom('schema_migrations')
    .select((eb) => eb.fn.max<number | null>('version').as('version'))
    .executeTakeFirst();
  const current = Number(row?.version ?? 0);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new StoreError(
      `${where}: the database has schema version ${current}, newer than this Chronicle knows (${latest}); upgrade Chronicle to open it`,
      { where },
    );
  }
  for (const step of migrations.filter((m) => m.version > current)) {
    await db.transaction().execute(async (trx) => {
      await step.up(trx);
      await trx
        .insertInto('schema_migrations')
        .values({ version: step.version, name: step.name, applied_at: new Date().toISOString() })
        .execute();
    });
  }
  return Math.max(current, latest);
}
