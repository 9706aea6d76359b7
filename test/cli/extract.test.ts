import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../src/model/extraction.js';
import { corpusDocuments, SCHEMA_PATH } from '../support/corpus.js';
import { CLI_TIMEOUT, lines, runCli } from './run-cli.js';

const seed = corpusDocuments().find((d) => d.folder === 'seed')!;

describe('chronicle extract', { timeout: CLI_TIMEOUT }, () => {
  it('prints extraction JSON that the shared schema accepts, with evidence spans into the text', async () => {
    const { code, stdout, stderr } = await runCli(['extract', seed.textPath]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const extraction = JSON.parse(stdout);
    expect(ExtractionSchema.safeParse(extraction).error?.issues ?? []).toEqual([]);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
    expect(validate(extraction), JSON.stringify(validate.errors)).toBe(true);
    expect(extraction.document.id).toBe(seed.id);
    for (const event of extraction.events) {
      expect(seed.text.slice(event.evidence.start, event.evidence.end)).toBe(event.evidence.text);
    }
  });

  it('with --explain lists each fact with its stage, rule and confidence', async () => {
    const { code, stdout } = await runCli(['extract', seed.textPath, '--explain']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^organizations \(\d+\)$/m);
    expect(stdout).toMatch(/^events \(\d+\)$/m);
    expect(stdout).toMatch(/Caucasus Province/);
    expect(stdout).toMatch(/^ {4}\S+\/\S+ · confidence [01]\.\d\d$/m);
  });

  it('refuses an unknown --format with exit 2 and one line naming the value', async () => {
    const { code, stdout, stderr } = await runCli(['extract', seed.textPath, '--format', 'xml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/^chronicle: .*--format.*'xml'.*json/);
  });

  it('prints help for the command and exits 0', async () => {
    const { code, stdout } = await runCli(['extract', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: chronicle extract \[options\] <file>/);
    expect(stdout).toMatch(/--explain/);
  });
});
