import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresConnection } from '../../../src/store/postgres/connection.js';
import { openPostgresStore } from '../../../src/store/postgres/postgres-store.js';
import type { SqlConnection } from '../../../src/store/sql/connection.js';
import type { Store } from '../../../src/store/store.js';
import { goldInputs, postgresDatabase, postgresUrl, scratchDatabase } from '../backends.js';

describe.skipIf(postgresUrl === null)(
  'postgres: event facet counts kept by trigger functions, also per place and year',
  () => {
    const scratch = scratchDatabase();
    let store: Store;
    // A second connection edits the database behind the store's back, as another process would.
    let conn: SqlConnection;
    const write = (statement: string, ...params: string[]) => conn.prepare<string[]>(statement).run(...params);

    /**
     * Facets from the precomputed counts (no filter) and counted over the events (a filter every
     * event passes, cutting a year so no count table answers it); and, for a region and for whole
     * years, whether the counts per place and per year give each category as many events as the
     * list holds.
     */
    const bothWays = async () => {
      for (const filter of [{ place: 'Dagestan' }, { from: '2015', to: '2018' }]) {
        const listed = new Map<string, number>();
        for (const e of await store.events(filter)) listed.set(e.category, (listed.get(e.category) ?? 0) + 1);
        const facets = (await store.eventFacets(filter)).category;
        expect(new Map(facets.map((c) => [c.value, c.count])), JSON.stringify(filter)).toEqual(listed);
      }
      return { precomputed: await store.eventFacets(), counted: await store.eventFacets({ from: '0001-01-02' }) };
    };

    beforeAll(async () => {
      const url = await postgresDatabase(scratch.path);
      store = await openPostgresStore(url);
      conn = await openPostgresConnection(url);
      for (const input of goldInputs()) await store.ingest(input);
    });
    afterAll(async () => {
      await store.close();
      await conn.close();
      await scratch.cleanup();
    });

    it('match the events counted, through re-ingest, review, deletes and relinking', async () => {
      const start = await bothWays();
      expect(start.precomputed.category.length).toBeGreaterThan(0);
      expect(start.precomputed).toEqual(start.counted);

      const [input] = goldInputs();
      expect((await store.ingest({ ...input!, document: { ...input!.document, contentHash: 'changed' } })).status).toBe(
        'replaced',
      );
      let now = await bothWays();
      expect(now.precomputed).toEqual(now.counted);
      expect(now.precomputed).toEqual(start.precomputed);

      const [first, second, third] = await store.events({ category: 'attack' });
      await store.review({ action: 'reject', kind: 'event', id: first!.id }, 'editor');
      await store.review({ action: 'edit', kind: 'event', id: third!.id, set: { attribution: 'disputed' } }, 'editor');
      now = await bothWays();
      expect(now.precomputed).toEqual(now.counted);
      const attacks = (facets: typeof now.precomputed) => facets.category.find((c) => c.value === 'attack')?.count;
      expect(attacks(now.precomputed)).toBe(attacks(start.precomputed)! - 1);

      await write('delete from incidents where id = ?', second!.id);
      await write(
        'update event_perpetrators set entity_id = null where event_id in (select id from events order by id limit 3)',
      );
      await write(
        `update events set category = 'security_operation', subtype = 'raid' where id = (select id from incidents order by id limit 1)`,
      );
      await write('delete from documents where id = ?', goldInputs()[1]!.document.id);
      now = await bothWays();
      expect(now.precomputed).toEqual(now.counted);
    });
  },
);
