import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDocuments } from '../support/corpus.js';
import { CLI_TIMEOUT, lines, runCli } from './run-cli.js';

const [seed, other] = corpusDocuments();
const dir = mkdtempSync(join(tmpdir(), 'chronicle-cli-errors-'));
const db = join(dir, 'kb.db');
const missing = join(dir, 'missing.txt');
const binary = join(dir, 'scan.pdf');
const empty = join(dir, 'empty.txt');

beforeAll(async () => {
  writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x0a, 0xff]));
  writeFileSync(empty, '\n  \n');
  const { code } = await runCli(['ingest', seed!.textPath, '--db', db]);
  expect(code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fingerprint of the database files, to prove a failed command changed nothing. */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of [db, `${db}-wal`]) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

async function expectRefused(args: string[], message: RegExp): Promise<void> {
  const before = fingerprint();
  const { code, stdout, stderr } = await runCli([...args, '--db', db]);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(lines(stderr)).toHaveLength(1);
  expect(stderr).toMatch(/^chronicle: /);
  expect(stderr).toMatch(message);
  expect(fingerprint()).toBe(before);
}

describe(
  'chronicle refuses bad input with exit 2, one line, and the database unchanged',
  { timeout: CLI_TIMEOUT },
  () => {
    it('a missing file', () => expectRefused(['ingest', missing], /missing\.txt: no such file$/m));

    it('a binary file', () => expectRefused(['ingest', binary], /scan\.pdf: looks like a binary file/));

    it('an empty document', () => expectRefused(['ingest', empty], /empty\.txt: the document is empty/));

    it('a missing file to extract', () => expectRefused(['extract', missing], /missing\.txt: no such file/));

    it('an unknown --format', () => expectRefused(['events', '--format', 'xlsx'], /--format.*'xlsx'/));

    it('a database locked by another writer', async () => {
      const holder = new Database(db);
      holder.pragma('busy_timeout = 0');
      holder.exec('BEGIN EXCLUSIVE');
      try {
        const before = fingerprint();
        // A short wait for the lock keeps the test quick; the refusal is the same after any wait.
        const { code, stdout, stderr } = await runCli(['ingest', other!.textPath, '--db', db], {
          CHRONICLE_BUSY_TIMEOUT_MS: '200',
        });
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(lines(stderr)).toHaveLength(1);
        expect(stderr).toMatch(/^chronicle: .*locked/);
        expect(fingerprint()).toBe(before);
      } finally {
        holder.exec('ROLLBACK');
        holder.close();
      }
      const documents = JSON.parse((await runCli(['ingest', seed!.textPath, '--json', '--db', db])).stdout);
      expect(documents[0].status).toBe('unchanged');
    });

    it('a database from a newer schema version', async () => {
      const newer = join(dir, 'newer.db');
      writeFileSync(newer, readFileSync(db));
      const handle = new Database(newer);
      handle
        .prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', '2099-01-01')")
        .run();
      handle.close();
      const before = readFileSync(newer);
      const { code, stdout, stderr } = await runCli(['search', 'IS-CP', '--db', newer]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(lines(stderr)).toHaveLength(1);
      expect(stderr).toMatch(/^chronicle: .*newer/);
      expect(readFileSync(newer).equals(before)).toBe(true);
    });

    it('an ingest of only unreadable files, without creating the database', async () => {
      const fresh = join(dir, 'fresh.db');
      const { code, stderr } = await runCli(['ingest', missing, empty, '--db', fresh]);
      expect(code).toBe(2);
      expect(lines(stderr)).toEqual([
        `chronicle: ${missing}: no such file`,
        `chronicle: ${empty}: the document is empty`,
      ]);
      expect(existsSync(fresh)).toBe(false);
    });

    it('a search of a database that does not exist, without creating it', async () => {
      const nowhere = join(dir, 'nowhere.db');
      const { code, stderr } = await runCli(['search', 'IS-CP', '--db', nowhere]);
      expect(code).toBe(2);
      expect(lines(stderr)).toHaveLength(1);
      expect(stderr).toMatch(/nowhere\.db: no database here yet/);
      expect(existsSync(nowhere)).toBe(false);
    });
  },
);

describe('chronicle ingest of a batch with a bad file', { timeout: CLI_TIMEOUT }, () => {
  it('stores the good files, reports the bad one, and exits 2', async () => {
    const { code, stdout, stderr } = await runCli(['ingest', missing, other!.textPath, '--json', '--db', db]);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    const outcomes = JSON.parse(stdout) as { file: string; status: string; error?: string }[];
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'added']);
    expect(outcomes[0]!.error).toMatch(/missing\.txt: no such file/);
  });
});
