import { afterEach, describe, expect, it } from 'vitest';
import { buildProfile, renderProfileText } from '../../src/kb/profile.js';
import { findEntity } from '../../src/kb/find-entity.js';
import { NotFoundError } from '../../src/model/index.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS, goldInputs, scratchDatabase } from '../store/backends.js';

const SEED = 'islamic-state-caucasus-province';

describe.each(BACKENDS)('$name: profiles', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  const open = async (documentIds?: string[]) => {
    const scratch = scratchDatabase();
    cleanup = scratch.cleanup;
    store = await backend.open(scratch.path);
    for (const input of goldInputs())
      if (!documentIds || documentIds.includes(input.document.id)) await store.ingest(input);
  };
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('profiles IS-CP from the seed: leader, first attack, names, totals', async () => {
    await open([SEED]);
    const profile = await buildProfile(store, (await findEntity(store, 'IS-CP')).id);
    expect(profile.leaders).toEqual([
      expect.objectContaining({
        name: 'Rustam Asildarov',
        start: '2015-06-23',
        end: '2016-12-04',
        documentIds: [SEED],
      }),
    ]);
    expect(profile.firstAttack?.date).toBe('2015-09-02');
    expect(profile.lastAttack?.date).toBe('2024-04-28');
    expect(profile.founded).toBe('2015-06-23');
    expect(profile.parent).toMatchObject({ name: 'Islamic State' });
    expect(profile.parent?.id).not.toBeNull();
    expect(profile.names.length).toBeGreaterThanOrEqual(6);
    expect(new Set(profile.names.map((g) => g.script))).toEqual(new Set(['Latn', 'Arab', 'Cyrl', 'Geor', 'Armn']));
    expect(profile.names.find((g) => g.lang === 'hy' && g.script === 'Armn')?.names[0]?.text).toBe(
      '«Իսլամական պետություն» – Կովկասյան նահանգ',
    );
    expect(profile.attacksPerYear.map(({ year, attacks }) => ({ year, attacks }))).toEqual([
      { year: 2015, attacks: 1 },
      { year: 2018, attacks: 4 },
      { year: 2019, attacks: 3 },
      { year: 2024, attacks: 2 },
    ]);
    // "at least 2 killed" in Grozny and "at least 4" in Mara-Ayagy leave the total open.
    expect(profile.killed).toEqual({ min: 17, max: null });
    expect(profile.injured).toEqual({ min: 21, max: null });
    expect(profile.status.value).toBe('unknown');
    expect(profile.status.evidence.join(' ')).toMatch(/last recorded event 2024-04-28/);
    expect(profile.sources.map((s) => s.documentId)).toEqual([SEED]);
    expect(profile.sources[0]?.references.map((r) => r.label)).toEqual(['2', '3']);
  });

  it('counts an attack reported by two documents once, and keeps the seed leader term', async () => {
    await open();
    const profile = await buildProfile(store, (await findEntity(store, 'IS-CP', 'organization')).id);
    expect(profile.leaders.filter((l) => l.name === 'Rustam Asildarov')).toHaveLength(1);
    expect(profile.firstAttack?.date).toBe('2015-09-02');
    const dates = [profile.firstAttack, profile.lastAttack].map((e) => e?.date);
    expect(new Set(dates).size).toBe(2);
    const perYear = Object.fromEntries(profile.attacksPerYear.map((y) => [y.year, y.attacks]));
    const kizlyar = (await store.events({ from: '2018-02-18', to: '2018-02-18', category: 'attack' })).filter(
      (e) => e.location.name === 'Kizlyar',
    );
    expect(kizlyar).toHaveLength(1);
    expect(new Set(kizlyar[0]?.reports.map((r) => r.documentId)).size).toBeGreaterThan(1);
    expect(perYear[2018]).toBeLessThanOrEqual(
      (await store.events({ from: '2018', to: '2018', category: 'attack' })).length,
    );
  });

  it('says a group with a dissolution date is defunct, and why', async () => {
    await open();
    const emirate = await buildProfile(store, (await findEntity(store, 'Caucasus Emirate')).id);
    expect(emirate.status.value).toBe('defunct');
    expect(emirate.status.evidence[0]).toMatch(/^dissolved 20/);
    expect(emirate.branches.map((b) => b.name)).toContain('Vilayat Dagestan');
  });

  it('renders a readable text profile', async () => {
    await open([SEED]);
    const text = renderProfileText(await buildProfile(store, (await findEntity(store, 'Vilayat Kavkaz')).id));
    expect(text).toContain('Islamic State – Caucasus Province (organization,');
    expect(text).toContain('Rustam Asildarov (per_rustam-asildarov): 2015-06-23 – 2016-12-04');
    expect(text).toContain('First attack: 2015-09-02 Dagestan');
    expect(text).toContain('Killed: 17+');
  });

  it('refuses an unknown id', async () => {
    await open([SEED]);
    await expect(buildProfile(store, 'org_nowhere')).rejects.toThrow(NotFoundError);
  });
});
