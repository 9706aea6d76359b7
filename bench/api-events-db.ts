import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ATTRIBUTIONS, EVENT_CATEGORIES, EVENT_SUBTYPES } from '../src/model/taxonomy.js';
import { migrationsFor } from '../src/store/migrations/index.js';
import { openStore } from '../src/store/open-store.js';
import { seededRandom } from '../test/support/seeded-random.js';

/** Bump when the generated data changes, so a cached database of an older generator is rebuilt. */
export const GENERATOR_VERSION = 2;

const DOCUMENTS = 1000;
const ORGANIZATIONS = 200;
const COUNTRIES: Record<string, { lat: number; lon: number; admin1: string[] }> = {
  RU: { lat: 43, lon: 45, admin1: ['Dagestan', 'Chechnya', 'Ingushetia', 'Karachay-Cherkessia', 'Kabardino-Balkaria'] },
  NG: { lat: 11, lon: 12, admin1: ['Borno', 'Yobe', 'Adamawa', 'Kano'] },
  SO: { lat: 3, lon: 45, admin1: ['Banaadir', 'Lower Shabelle', 'Bay', 'Gedo'] },
  ES: { lat: 43, lon: -2, admin1: ['Basque Country', 'Navarre', 'Madrid'] },
  IQ: { lat: 34, lon: 43, admin1: ['Nineveh', 'Anbar', 'Baghdad', 'Kirkuk', 'Diyala'] },
  SY: { lat: 35, lon: 38, admin1: ['Aleppo', 'Idlib', 'Raqqa', 'Deir ez-Zor'] },
  AF: { lat: 34, lon: 67, admin1: ['Kabul', 'Nangarhar', 'Kunar', 'Helmand'] },
  ML: { lat: 16, lon: -2, admin1: ['Gao', 'Mopti', 'Timbuktu'] },
};

/** The id of the `n`th generated organization. */
export const benchOrganization = (n: number) => `org_bench-${n}`;

/**
 * A SQLite knowledge base of `count` generated events (with their incidents, perpetrators,
 * evidence and documents) at the current schema, written by bulk inserts in one transaction
 * through the real migrations and triggers. Cached in the temp folder under a name keyed by
 * the generator version, the schema version and the count; a stale or partial file is rebuilt.
 * A cached database of the same generator at an older schema is copied and migrated forward,
 * which takes a minute or two rather than a rebuild's quarter of an hour at a million events.
 *
 * @example
 * const path = await benchEventsDatabase(1_000_000); // ~15 min the first time, then instant
 */
export async function benchEventsDatabase(count: number): Promise<string> {
  const schema = migrationsFor('sqlite').at(-1)!.version;
  const path = cachedPath(count, schema);
  if (existsSync(path)) return path;
  const building = `${path}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  const older = olderSchema(count, schema);
  if (older !== null) {
    copyFileSync(cachedPath(count, older), building);
    await (await openStore({ path: building })).close();
    const db = new Database(building);
    db.exec('analyze');
    db.close();
    renameSync(building, path);
    return path;
  }
  await (await openStore({ path: building })).close();

  const db = new Database(building);
  // The store opens in WAL mode; a throwaway build needs no journal at all.
  db.pragma('journal_mode = DELETE');
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  // Room for the whole database in memory: random-order index inserts otherwise thrash the cache.
  db.pragma('cache_size = -2000000');
  const next = seededRandom(GENERATOR_VERSION);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const put = (sql: string) => db.prepare(sql);
  const document = put(`insert into documents values (?, ?, null, 'text', ?, ?, ?, '2026-01-01T00:00:00Z')`);
  const entity = put(`insert into entities values (?, 'organization')`);
  const mention = put(
    `insert into entity_mentions (entity_id, document_id, local_id, name, roles) values (?, ?, ?, ?, '[]')`,
  );
  const name = put(`insert into names (entity_id, document_id, text, normalized, ascii_key) values (?, ?, ?, ?, ?)`);
  const evidence = put(`insert into evidence values (?, ?, ?, ?, ?)`);
  const event = put(`insert into events (id, document_id, date, date_start, date_end, date_precision, category, subtype,
    summary, location_name, location_admin1, location_country, location_precision, lat, lon, killed_min, killed_max,
    injured_min, injured_max, attribution, citation_needed, evidence_id, incident_id, review_status)
    values (?, ?, ?, ?, ?, 'day', ?, ?, ?, ?, ?, ?, 'exact', ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`);
  const incident = put(`insert into incidents values (?, ?, ?, ?, ?, ?, ?, 1, 1)`);
  const perpetrator = put(`insert into event_perpetrators values (?, ?, ?, ?, ?)`);

  db.transaction(() => {
    for (let d = 0; d < DOCUMENTS; d++) document.run(`bench-${d}`, `Bench document ${d}`, `hash-${d}`, 'x', 1);
    for (let o = 0; o < ORGANIZATIONS; o++) {
      const id = benchOrganization(o);
      const text = `Bench Front ${o}`;
      entity.run(id);
      mention.run(id, `bench-${o % DOCUMENTS}`, `org-${o}`, text);
      name.run(id, `bench-${o % DOCUMENTS}`, text, text.toLowerCase(), text.toLowerCase());
    }
    for (let n = 0; n < count; n++) {
      const id = `evt_bench_${n}`;
      const documentId = `bench-${n % DOCUMENTS}`;
      const day = new Date(Date.UTC(1990, 0, 1) + Math.floor(next() * 35 * 365) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const category = next() < 0.7 ? 'attack' : pick(EVENT_CATEGORIES);
      const country = pick(Object.keys(COUNTRIES));
      const place = COUNTRIES[country]!;
      const admin1 = pick(place.admin1);
      const killed = next() < 0.25 ? null : Math.floor(next() ** 3 * 200);
      const injured = next() < 0.35 ? null : Math.floor(next() ** 3 * 300);
      const text = `On ${day} an ${category} in ${admin1} was reported (${n}).`;
      evidence.run(`${documentId}@${n}`, documentId, 0, text.length, text);
      event.run(
        id,
        documentId,
        day,
        day,
        day,
        category,
        pick(EVENT_SUBTYPES[category]),
        text,
        `${admin1} town ${n % 97}`,
        admin1,
        country,
        place.lat + next() * 2 - 1,
        place.lon + next() * 2 - 1,
        killed,
        killed,
        injured,
        injured,
        pick(ATTRIBUTIONS),
        `${documentId}@${n}`,
        id,
        next() < 0.02 ? 'rejected' : 'extracted',
      );
      const actors = next() < 0.2 ? 2 : 1;
      for (let p = 0; p < actors; p++) {
        const org = Math.floor(next() ** 2 * ORGANIZATIONS);
        perpetrator.run(id, p, `Bench Front ${org}`, `bench front ${org}`, benchOrganization(org));
      }
      incident.run(id, day, day, killed, killed, injured, injured);
    }
  })();
  db.exec('analyze');
  db.close();
  renameSync(building, path);
  return path;
}

const cachedPath = (count: number, schema: number) =>
  join(tmpdir(), `chronicle-bench-events-g${GENERATOR_VERSION}-s${schema}-${count}.db`);

/** The newest schema below `schema` of which a cached database of this generator and count exists. */
function olderSchema(count: number, schema: number): number | null {
  const pattern = new RegExp(`^chronicle-bench-events-g${GENERATOR_VERSION}-s(\\d+)-${count}\\.db$`);
  const versions = readdirSync(tmpdir()).flatMap((name) => {
    const version = Number(pattern.exec(name)?.[1]);
    return version < schema ? [version] : [];
  });
  return versions.length === 0 ? null : Math.max(...versions);
}
