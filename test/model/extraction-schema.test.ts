import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { daysInMonth, ExtractionSchema, edtfRange, EdtfSchema } from '../../src/model/index.js';
import { corpusDocuments, SCHEMA_PATH } from '../support/corpus.js';

describe('the codebook model', () => {
  const documents = corpusDocuments();

  it.each(documents.map((d) => [d.id, d.gold]))('reads the gold annotation of %s', (_id, gold) => {
    const parsed = ExtractionSchema.safeParse(gold);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('agrees with the shared JSON Schema on every gold file', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
    for (const doc of documents) expect(validate(doc.gold), JSON.stringify(validate.errors)).toBe(true);
  });

  it('keeps month precision for "2024-04" and reads intervals and open starts', () => {
    expect(edtfRange('2024-04')).toEqual({ start: '2024-04-01', end: '2024-04-30', precision: 'month', qualifier: '' });
    expect(edtfRange('2014-11/2015-02')).toMatchObject({ start: '2014-11-01', end: '2015-02-28' });
    expect(edtfRange('..2017')).toMatchObject({ start: null, end: '2017-12-31', precision: 'year' });
    expect(edtfRange('2019-01~')).toMatchObject({ qualifier: '~', precision: 'month' });
  });

  it('rejects dates that are not EDTF or not on the calendar', () => {
    for (const bad of ['2015-02-30', '2015-13', '/', 'spring 2019', '2015-06-23T10:00']) {
      expect(EdtfSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('counts 29 days in February of leap years only, 1900 being none and 2000 one', () => {
    expect([2024, 2023, 1900, 2000].map((year) => daysInMonth(year, 2))).toEqual([29, 28, 28, 29]);
    expect(edtfRange('2000-02')?.end).toBe('2000-02-29');
    expect(EdtfSchema.safeParse('1900-02-29').success).toBe(false);
  });
});
