import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

/** A stream that records what is written, posing as a terminal or a pipe. */
function stream(isTTY: boolean): PassThrough & { isTTY: boolean; text: () => string } {
  const s = Object.assign(new PassThrough(), { isTTY, columns: 120 });
  const chunks: Buffer[] = [];
  s.on('data', (chunk: Buffer) => chunks.push(chunk));
  return Object.assign(s, { text: () => Buffer.concat(chunks).toString() });
}

function run(options: { stdoutTTY: boolean; stderrTTY: boolean; quiet?: boolean; total?: number }): string {
  const stdout = stream(options.stdoutTTY);
  const stderr = stream(options.stderrTTY);
  const progress = createProgress(options.total ?? 2, {
    quiet: options.quiet ?? false,
    stdout,
    stderr,
  });
  progress.tick('caucasus-emirate.txt');
  progress.tick('vilayat-dagestan-brief.txt');
  progress.stop();
  expect(stdout.text()).toBe('');
  return stderr.text();
}

describe('createProgress', () => {
  it('draws a bar on stderr naming the document when both streams are terminals', () => {
    const drawn = run({ stdoutTTY: true, stderrTTY: true });
    expect(drawn).toContain('2/2 documents | vilayat-dagestan-brief.txt');
  });

  it('stays silent when output is piped, for --json, and for a single document', () => {
    expect(run({ stdoutTTY: false, stderrTTY: true })).toBe('');
    expect(run({ stdoutTTY: true, stderrTTY: true, quiet: true })).toBe('');
    expect(run({ stdoutTTY: true, stderrTTY: true, total: 1 })).toBe('');
  });
});
