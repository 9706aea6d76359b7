import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isStale } from '../../scripts/stale.mjs';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-stale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Sets a path's modification time to a minute offset from a fixed moment, so no test races the clock. */
const at = (path: string, minute: number) => {
  const when = new Date(Date.UTC(2026, 0, 1, 12, minute));
  utimesSync(path, when, when);
};

describe('isStale, which decides whether the CLI runs its compiled copy and npm start rebuilds the UI', () => {
  const src = join(dir, 'src');
  const stamp = join(dir, 'dist', '.built');
  mkdirSync(join(src, 'cli'), { recursive: true });
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(src, 'cli', 'main.ts'), 'await runProgram(buildProgram(), process.argv);\n');
  writeFileSync(stamp, '');
  const settle = () => {
    for (const path of [src, join(src, 'cli'), join(src, 'cli', 'main.ts')]) at(path, 0);
    at(stamp, 10);
  };

  it('counts a missing build as stale and a build newer than every source as fresh', () => {
    settle();
    expect(isStale(join(dir, 'dist', 'missing'), [src])).toBe(true);
    expect(isStale(stamp, [src])).toBe(false);
  });

  it('sees a source edited after the build, deep in a folder', () => {
    settle();
    at(join(src, 'cli', 'main.ts'), 20);
    expect(isStale(stamp, [src])).toBe(true);
  });

  it('sees a source removed after the build, by its folder', () => {
    settle();
    at(join(src, 'cli'), 20);
    expect(isStale(stamp, [src])).toBe(true);
  });
});
