import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, RESULTS_DIR, startUiServer, type UiServer } from './browser-harness.js';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('the events table, timeline and map in Chromium', () => {
  let ui: UiServer;
  beforeAll(async () => {
    ui = await startUiServer();
  }, 120_000);
  afterAll(async () => ui?.stop());

  it('sorts by the dead, keeps the view in the URL and downloads exactly the rows and columns shown', async () => {
    const page = await ui.open('/events?group=IS-CP&category=attack');
    const rows = page.locator('table.events tbody tr');
    await rows.first().waitFor();

    await page.getByRole('button', { name: 'Killed' }).click();
    await page.getByRole('button', { name: /Killed/ }).click();
    await page.waitForURL(/sort=killed&dir=desc/);
    const killed = await page.locator('table.events td.col-killed').allTextContents();
    const lower = killed.map((k) => (k === '—' ? -1 : Number.parseInt(k, 10)));
    expect(lower).toEqual([...lower].sort((a, b) => b - a));

    await page.locator('summary', { hasText: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Summary' }).uncheck();
    await page.getByRole('checkbox', { name: 'EDTF' }).check();
    await page.waitForURL(/cols=date%2Cedtf/);
    await page.screenshot({ path: join(RESULTS_DIR, 'events-1280.png'), fullPage: true });

    const shown = await page
      .locator('table.events tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!.replace(/[▲▼]/g, ''))),
      );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    const parsed = csv
      .trimEnd()
      .split('\r\n')
      .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '')));
    expect(parsed.map((r) => r.slice(0, shown[0]!.length))).toEqual(shown);
    expect(shown[0]).not.toContain('Summary');
  });

  it('opens an event from the table and highlights its evidence sentence in the source', async () => {
    const page = await ui.open('/events?category=attack');
    await page.locator('table.events tr', { hasText: 'Kizlyar' }).getByRole('link').click();
    await page.waitForURL(/\/events\/evt_/);
    const mark = page.locator('.evidence mark');
    await expect.poll(() => mark.textContent()).toMatch(/Kizlyar/);
    await expect.poll(() => page.locator('.evidence blockquote').textContent()).toMatch(/^…/);
    await page.screenshot({ path: join(RESULTS_DIR, 'event-1280.png'), fullPage: true });
  });

  it('draws the group on a timeline from 2015 to 2024, vague dates as spans, and zooms by URL', async () => {
    const page = await ui.open('/timeline?group=org_islamic-state-caucasus-province');
    await page.locator('svg.timeline a.mark').first().waitFor();
    const years = await page.locator('svg.timeline .tick text').allTextContents();
    expect(years).toEqual(expect.arrayContaining(['2015', '2024']));
    // The demo's "2018" (a year) and "April 2024" (a month) are spans, not days.
    expect(await page.locator('svg.timeline a.mark rect').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS_DIR, 'timeline-1280.png') });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForURL(/view=\d{4}-\d{4}/);
    expect(await page.locator('svg.timeline .tick text').count()).toBeLessThan(years.length);
  });

  it('draws the Asildarov → IS-CP leader edge, faded in a year his term did not cover', async () => {
    const page = await ui.open('/graph?entity=org_islamic-state-caucasus-province&at=2016', {
      width: 390,
      height: 844,
    });
    const edge = page.locator('g.edge[data-label="leads"]', { hasText: 'leads' });
    await edge.waitFor();
    expect(await edge.getAttribute('data-from')).toMatch(/asildarov/);
    expect(await edge.getAttribute('data-to')).toBe('org_islamic-state-caucasus-province');
    expect(await edge.getAttribute('class')).not.toContain('faded');
    await page.screenshot({ path: join(RESULTS_DIR, 'graph-390.png'), fullPage: true });
    await page.locator('input[type="range"]').fill('2014');
    await page.waitForURL(/at=2014/);
    expect(await edge.getAttribute('class')).toContain('faded');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  });

  it('draws markers in Dagestan, Chechnya and Karachay-Cherkessia on the offline map', async () => {
    const page = await ui.open('/map?group=IS-CP');
    await page.locator('path.land').waitFor();
    await page.screenshot({ path: join(RESULTS_DIR, 'map-1280.png') });
    // Single events and clusters of nearby ones both name their regions.
    const regions = await page
      .locator('svg [data-admin1]')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-admin1')));
    for (const region of [/Dagestan/, /Chechn/, /Karachay/])
      expect(regions.some((r) => region.test(r ?? ''))).toBe(true);
  });
});
