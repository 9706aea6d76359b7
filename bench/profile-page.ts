import { startUiServer } from '../test/web/browser-harness.js';
import { benchEventsDatabase, benchOrganization } from './api-events-db.js';

/** How long a profile page took to become interactive, in milliseconds, over several loads. */
export interface PageTiming {
  organization: string;
  median: number;
  worst: number;
  loads: number;
}

/**
 * Time from navigation to an organization's profile showing its key facts (first and last
 * attack filled in) and its attacks and casualties charts drawn, in headless Chromium over
 * the generated database of `count` events: the built UI served with the API by the real
 * server, one warm-up load, then `loads` timed ones.
 *
 * @example
 * const { median, worst } = await benchProfilePage(1_000_000);
 */
export async function benchProfilePage(count: number, loads = 5, organization = 150): Promise<PageTiming> {
  const id = benchOrganization(organization);
  const ui = await startUiServer({ databasePath: await benchEventsDatabase(count) });
  const samples: number[] = [];
  try {
    for (let i = 0; i <= loads; i++) {
      const start = performance.now();
      const page = await ui.open(`/organizations/${id}`);
      // Strings, not functions: these run in the page, whose DOM types the Node-side tsconfig lacks.
      await page.waitForFunction(
        `['first-attack', 'last-attack'].every((f) => document.querySelector('[data-fact="' + f + '"] a'))
          && document.querySelector('section[aria-labelledby="attacks-h"] svg rect.bar')
          && document.querySelector('section[aria-labelledby="casualties-h"] svg rect.bar')`,
        undefined,
        { timeout: 60_000 },
      );
      if (i > 0) samples.push(performance.now() - start);
      await page.close();
    }
  } finally {
    await ui.stop();
  }
  samples.sort((a, b) => a - b);
  return { organization: id, median: samples[Math.floor(samples.length / 2)]!, worst: samples.at(-1)!, loads };
}
