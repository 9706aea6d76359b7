import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, migrationsFor } from '../../../src/store/migrations/index.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import type { IngestInput } from '../../../src/store/store.js';
import { goldInputs, scratchDatabase } from '../backends.js';

const seed = goldInputs().find((i) => i.document.id === 'islamic-state-caucasus-province')!;
// Kizlyar's church, where the seed's 2018 shooting happened; the gold has no coordinates yet.
const KIZLYAR = { lat: 43.8477, lon: 46.7167 };
const isKizlyar = (e: { location: { name: string } }) => e.location.name === 'Kizlyar';

/** The seed gold as the extractor now emits it: Kizlyar geocoded and known by its Russian name too. */
function geocoded(aliases: string[]): IngestInput {
  const events = seed.extraction.events.map((e) =>
    isKizlyar(e)
      ? { ...e, location: { ...e.location, ...KIZLYAR, aliases } }
      : { ...e, location: { ...e.location, aliases } },
  );
  return { ...seed, extraction: { ...seed.extraction, events } };
}

describe('migration 3: event location aliases', () => {
  let scratch = scratchDatabase();
  afterEach(async () => {
    await scratch.cleanup();
    scratch = scratchDatabase();
  });

  it('upgrades a database written at schema version 2, keeping its events and their coordinates', async () => {
    const raw = new Database(scratch.path);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const atVersion2 = migrationsFor('sqlite').filter((m) => m.version <= 2);
    expect(await migrate(db, atVersion2, scratch.path)).toBe(2);
    // What version 2 could hold: the seed's Kizlyar shooting, geocoded, without aliases.
    const gold = seed.extraction.events.find(isKizlyar)!;
    raw
      .prepare("insert into documents values (?, null, null, 'text', 'old', ?, ?, '2026-01-01T00:00:00Z')")
      .run(seed.document.id, seed.document.text, seed.document.text.length);
    raw
      .prepare('insert into evidence values (?, ?, ?, ?, ?)')
      .run('ev', seed.document.id, gold.evidence.start, gold.evidence.end, gold.evidence.text);
    raw
      .prepare(
        `insert into events (id, document_id, date, date_start, date_end, date_precision, category, subtype, summary,
           location_name, location_country, location_precision, lat, lon, attribution, citation_needed, evidence_id)
         values (?, ?, ?, ?, ?, 'day', ?, ?, ?, 'Kizlyar', 'Russia', 'exact', ?, ?, ?, 0, 'ev')`,
      )
      .run(
        `evt_${seed.document.id}_${gold.id}`,
        seed.document.id,
        gold.date,
        gold.date,
        gold.date,
        gold.category,
        gold.subtype,
        gold.summary,
        KIZLYAR.lat,
        KIZLYAR.lon,
        gold.attribution,
      );
    await db.destroy();

    const store = await openSqliteStore(scratch.path);
    try {
      const events = await store.events({ documentId: seed.document.id });
      expect(events).toHaveLength(1);
      expect(events[0]?.location).toMatchObject({ ...KIZLYAR, aliases: [] });

      const replaced = await store.ingest({
        ...geocoded(['Кизляр', 'Kizlyar town']),
        document: { ...seed.document, contentHash: `${seed.document.contentHash}-geocoded` },
      });
      expect(replaced.status).toBe('replaced');
      const kizlyar = (await store.events({ documentId: seed.document.id })).find(isKizlyar);
      expect(kizlyar?.location).toMatchObject({ ...KIZLYAR, aliases: ['Кизляр', 'Kizlyar town'] });
    } finally {
      await store.close();
    }
    const check = new Database(scratch.path, { readonly: true });
    expect(check.prepare('select version from schema_migrations order by version').pluck().all()).toEqual(
      migrationsFor('sqlite').map((m) => m.version),
    );
    check.close();
  });

  it('keeps the aliases of the gold extraction in their order, per event', async () => {
    const store = await openSqliteStore(scratch.path);
    try {
      await store.ingest(seed);
      const stored = await store.events({ documentId: seed.document.id });
      for (const gold of seed.extraction.events) {
        const event = stored.find((e) => e.id === `evt_${seed.document.id}_${gold.id}`);
        expect(event?.location.aliases, gold.id).toEqual(gold.location.aliases ?? []);
      }
      expect(stored.some((e) => e.location.aliases.length > 1)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
