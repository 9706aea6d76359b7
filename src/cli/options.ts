import { InvalidArgumentError, Option } from 'commander';
import { EdtfSchema } from '../model/edtf.js';

/**
 * Parsers for flag values. They throw commander's InvalidArgumentError, so a bad value is a
 * usage error (exit 2) whose one line names the flag and the value:
 * `option '--from <edtf>' argument 'spring 2019' is invalid. not an EDTF date …`.
 *
 * @example
 * new Option('--limit <n>').argParser(positiveInteger)
 */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
}

/**
 * Accepts an EDTF date (`2015`, `2015-06`, `2015-06-23`, `2014-11/2015-02`, `..2017`).
 *
 * @example
 * new Option('--from <edtf>').argParser(edtfDate)
 */
export function edtfDate(value: string): string {
  const parsed = EdtfSchema.safeParse(value.trim());
  if (!parsed.success) throw new InvalidArgumentError(`${parsed.error.issues[0]?.message ?? 'not an EDTF date'}.`);
  return parsed.data;
}

/**
 * The `--db` option every command takes.
 *
 * @example
 * program.command('search').addOption(dbOption())
 */
export function dbOption(): Option {
  return new Option(
    '--db <path>',
    'SQLite database file or postgres:// URL (env CHRONICLE_DB, default ./data/chronicle.db)',
  );
}
