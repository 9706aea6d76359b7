import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Provenance, ReviewConflict } from '../../src/model/review.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { eventOf, goldInput, METRO, REVIEWED_DOCUMENT, revised } from '../kb/review-fixture.js';
import { scratchDatabase } from '../store/backends.js';
import { CLI_TIMEOUT, lines, runCli } from './run-cli.js';

const scratch = scratchDatabase();
const db = scratch.path;
const review = (...args: string[]) => runCli(['review', ...args, '--db', db]);

beforeAll(async () => {
  const store = await openSqliteStore(db);
  await store.ingest(goldInput(REVIEWED_DOCUMENT));
  await store.close();
});
afterAll(() => scratch.cleanup());

describe('chronicle review and why', { timeout: CLI_TIMEOUT }, () => {
  it('refuses a change that cannot apply with one line and exit 2, writing nothing', async () => {
    for (const args of [
      ['edit', 'event', METRO, 'subtype=raid'],
      ['edit', 'event', METRO, 'killed=-3'],
      ['edit', 'event', METRO, 'casualties=3'],
      ['accept', 'event', 'evt_nowhere'],
      ['merge', 'incident', METRO, METRO],
    ]) {
      const run = await review(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(lines(run.stderr), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(/^chronicle: /);
    }
    const log = await review('log', '--json');
    expect(JSON.parse(log.stdout)).toEqual([]);
  });

  it('keeps an edited count through a re-ingest and shows the conflict the new extraction raises', async () => {
    const edit = await review(
      'edit',
      'event',
      METRO,
      'killed=41',
      '--actor',
      'ana',
      '--reason',
      'later toll',
      '--json',
    );
    expect(edit.code).toBe(0);
    expect(JSON.parse(edit.stdout) as AuditEntry).toMatchObject({
      actor: 'ana',
      action: 'edit',
      before: { killed: 40 },
      after: { killed: 41 },
      reason: 'later toll',
    });

    const store = await openSqliteStore(db);
    await store.ingest(revised(goldInput(REVIEWED_DOCUMENT), (x) => (eventOf(x, 'ev-moscow-metro').killed = 39)));
    await store.close();

    const conflicts = JSON.parse((await review('conflicts', '--json')).stdout) as ReviewConflict[];
    expect(conflicts).toEqual([expect.objectContaining({ factId: METRO, field: 'killed', extracted: 39, edited: 41 })]);
    const table = await review('conflicts');
    expect(table.stdout).toContain(METRO);

    const why = await runCli(['why', METRO, '--db', db, '--json']);
    const provenance = JSON.parse(why.stdout) as Provenance;
    expect(provenance.reports[0]).toMatchObject({
      reviewStatus: 'edited',
      edits: [{ field: 'killed', value: 41, before: 40 }],
      conflicts: [expect.objectContaining({ extracted: 39 })],
      citations: [{ label: '2', source: expect.objectContaining({ date: '2011-05-26' }) }],
    });
    const text = await runCli(['why', METRO, '--db', db]);
    expect(text.stdout).toContain('conflict  killed: re-extracted 39, edit 41 kept');
    expect(text.stdout).toContain('footnote  [2] Rewards for Justice');
  });

  it('logs every change with the actor, and explains an id it does not know', async () => {
    await review('accept', 'event', METRO, '--actor', 'ben');
    const log = await review('log', '--id', METRO);
    expect(lines(log.stdout).map((l) => l.split(' ').slice(2, 4).join(' '))).toEqual(['ana edit', 'ben accept']);
    const unknown = await runCli(['why', 'evt_nowhere', '--db', db]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no event with id "evt_nowhere"/);
  });

  it('adds an event by hand from JSON, its source statement its provenance', async () => {
    const fact = {
      date: '2017-03-04',
      category: 'attack',
      subtype: 'armed_assault',
      summary: 'Gunmen wound two police officers in Makhachkala.',
      location: { name: 'Makhachkala', country: 'RU', precision: 'exact' },
      injured: 2,
      perpetrators: [],
      attribution: 'unknown',
      targets: ['police'],
      weapons: ['firearms'],
    };
    const source = 'Police statement read on local radio, 5 March 2017.';
    const add = await review('add', 'event', JSON.stringify(fact), '--source', source, '--actor', 'ana', '--json');
    expect(add.code).toBe(0);
    const { factId } = JSON.parse(add.stdout) as AuditEntry;
    const why = await runCli(['why', factId, '--db', db]);
    expect(why.stdout).toContain(`Note by ana`);
    expect(why.stdout).toContain(`"${source}"`);
  });

  it('shows an entity by the name an editor gives it, and by its first mention again after name=null', async () => {
    const show = async () =>
      lines((await runCli(['show', 'Riyad-us Saliheen Brigade of Martyrs', '--db', db])).stdout)[0];
    const first = await show();
    const store = await openSqliteStore(db);
    const id = (await store.entities()).find((e) => e.name === 'Riyad-us Saliheen Brigade of Martyrs')!.id;
    await store.close();

    expect((await review('edit', 'entity', id, 'name=Riyad-us Saliheen', '--actor', 'ana')).code).toBe(0);
    expect(await show()).toContain('Riyad-us Saliheen');
    expect(await show()).not.toContain('Brigade');
    expect((await review('edit', 'entity', id, 'name=null', '--actor', 'ana')).code).toBe(0);
    expect(await show()).toBe(first);
  });
});
