import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edtfRange } from '../../src/model/edtf.js';
import { corpusDocuments } from '../support/corpus.js';
import { CLI_TIMEOUT, lines, runCli, type CliRun } from './run-cli.js';

interface Gold {
  organizations: { name: string; aliases: string[] }[];
  people: { name: string; aliases: string[] }[];
}

const documents = corpusDocuments();
const seed = documents.find((d) => d.folder === 'seed')!;
const gold = seed.gold as Gold;
const province = gold.organizations.find((o) => o.aliases.includes('IS-CP'))!;
const asildarov = gold.people.find((p) => p.aliases.includes('Asildarov'))!;

const dir = mkdtempSync(join(tmpdir(), 'chronicle-cli-'));
const db = join(dir, 'kb.db');
let ingest: CliRun;

beforeAll(async () => {
  ingest = await runCli(['ingest', ...documents.map((d) => d.textPath), '--db', db, '--json']);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('chronicle ingest', { timeout: CLI_TIMEOUT }, () => {
  it('stores a batch and reports per file, as JSON when asked and with no progress bar when piped', () => {
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    const outcomes = JSON.parse(ingest.stdout) as { file: string; status: string; added: { events: number } }[];
    expect(outcomes.map((o) => o.file)).toEqual(documents.map((d) => d.textPath));
    expect(outcomes.every((o) => o.status === 'added')).toBe(true);
    expect(outcomes.reduce((sum, o) => sum + o.added.events, 0)).toBeGreaterThan(documents.length);
  });

  it('says a file already stored is unchanged', async () => {
    const { code, stdout } = await runCli(['ingest', seed.textPath, '--db', db]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^unchanged +${seed.id} .*already stored`));
  });
});

describe('chronicle search', { timeout: CLI_TIMEOUT }, () => {
  it.each([
    ['Вилаят Кавказ', province.name],
    ['vilayat kavkaz', province.name],
    ['IS-CP', province.name],
    ['ISIS Caucasus', province.name],
    ['Asildarov', asildarov.name],
    ['Асильдаров', asildarov.name],
  ])('finds %s first as %s', async (query, expected) => {
    const { code, stdout } = await runCli(['search', query, '--json', '--limit', '3', '--db', db]);
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as { id: string; type: string; name: string; score: number }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(Object.keys(hits[0]!).sort()).toEqual(['id', 'name', 'score', 'type']);
    expect(hits[0]!.name).toBe(expected);
  });

  it('prints a table of score, type, id and name for people', async () => {
    const { code, stdout } = await runCli(['search', 'Asildarov', '--db', db]);
    expect(code).toBe(0);
    expect(lines(stdout)[0]).toMatch(/^SCORE +TYPE +ID +NAME$/);
    expect(lines(stdout)[1]).toMatch(new RegExp(`^\\d\\.\\d\\d +person +\\S+ +${asildarov.name}$`));
  });
});

describe('chronicle events', { timeout: CLI_TIMEOUT }, () => {
  it('filters by group and period, and every event it lists can fall in the period', async () => {
    const { code, stdout } = await runCli([
      'events',
      '--group',
      'IS-CP',
      '--from',
      '2018',
      '--to',
      '2019-06',
      '--format',
      'json',
      '--db',
      db,
    ]);
    expect(code).toBe(0);
    const events = JSON.parse(stdout) as { date: string; perpetrators: { name: string }[] }[];
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const range = edtfRange(event.date)!;
      expect((range.end ?? '9999') >= '2018-01-01' && (range.start ?? '0000') <= '2019-06-30', event.date).toBe(true);
    }
    const all = JSON.parse((await runCli(['events', '--format', 'json', '--db', db])).stdout) as unknown[];
    expect(all.length).toBeGreaterThan(events.length);
  });

  it('writes CSV with a header and one row per event', async () => {
    const { code, stdout } = await runCli(['events', '--category', 'attack', '--format', 'csv', '--db', db]);
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^id,date,category,subtype,location,/);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((row) => /^[^,]+,[^,]+,attack,/.test(row))).toBe(true);
  });

  it('refuses a date that is not EDTF, naming the flag and the value', async () => {
    const { code, stdout, stderr } = await runCli(['events', '--from', 'spring 2019', '--db', db]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/^chronicle: .*--from.*'spring 2019'/);
  });

  it('exits 2 with one line naming a --group that matches nobody', async () => {
    const { code, stderr } = await runCli(['events', '--group', 'Zzyzx Brigade', '--db', db]);
    expect(code).toBe(2);
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/Zzyzx Brigade/);
  });
});

describe('chronicle show', { timeout: CLI_TIMEOUT }, () => {
  it('prints the profile of an organization found by an alias in another script', async () => {
    const { code, stdout } = await runCli(['show', 'Вилаят Кавказ', '--db', db]);
    expect(code).toBe(0);
    expect(stdout).toContain(province.name);
    expect(stdout).toContain('Asildarov');
  });
});
