/** A timing: the best of several runs, in milliseconds. */
export interface Timing {
  ms: number;
  runs: number;
}

/**
 * Times a function: one warm-up run unless told otherwise, then the fastest of `runs`.
 * The fastest run is the least disturbed by other work on a shared machine.
 *
 * @example
 * const { ms } = await time(() => extractAll(docs), { runs: 3 });
 */
export async function time(work: () => unknown, { runs = 3, warmup = true } = {}): Promise<Timing> {
  if (warmup) await work();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, runs };
}
