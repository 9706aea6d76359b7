import cliProgress from 'cli-progress';

/** Reports progress through a batch; a no-op when nobody is watching. */
export interface Progress {
  /** Marks one item done; `label` names the item just finished. */
  tick(label: string): void;
  stop(): void;
}

/** When to draw, and where: the streams are the process's own unless a test passes others. */
export interface ProgressOptions {
  /** Never draw (`--json`). */
  quiet?: boolean;
  stdout?: { isTTY?: boolean };
  stderr?: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * A progress bar on stderr, shown only for several items and only when both output streams are
 * terminals: piped or `--json` output stays machine-readable.
 *
 * @example
 * const progress = createProgress(files.length, { quiet: options.json });
 * for (const file of files) { await ingest(file); progress.tick(file); }
 * progress.stop();
 */
export function createProgress(total: number, options: ProgressOptions = {}): Progress {
  const { quiet = false, stdout = process.stdout, stderr = process.stderr } = options;
  if (quiet || total < 2 || !stdout.isTTY || !stderr.isTTY) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: stderr,
      format: '{bar} {value}/{total} documents | {label}',
      hideCursor: true,
      // Results are printed after the bar, so it clears itself instead of leaving a stale line.
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    tick: (label) => bar.increment(1, { label }),
    stop: () => bar.stop(),
  };
}
