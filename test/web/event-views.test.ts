import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, RESULTS_DIR, startUiServer, type UiServer } from './browser-harness.js';

const unavailable = browserUnavailable();

type Listing = { items: { location: { name: string } }[] };
type Facets = Record<'category' | 'attribution' | 'country' | 'year', { value: string | null; count: number }[]>;

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
    await page.waitForURL(/sort=-killed/);
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

  it('sorts on the server by a column header, the order holding across loaded pages', async () => {
    const page = await ui.open('/events?limit=4&cols=date,place,injured');
    await page.locator('table.events tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Injured' }).click();
    await page.waitForURL(/sort=injured/);
    await page.getByRole('button', { name: /Injured/ }).click();
    await page.waitForURL(/sort=-injured/);
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toMatch(/Injured/);
    await page.getByRole('button', { name: 'Load 4 more' }).click();
    await expect.poll(() => page.locator('table.events tbody tr').count()).toBeGreaterThan(4);

    const api = (await (await fetch(`${ui.url}/api/v1/events?sort=-injured&limit=1000`)).json()) as Listing;
    const shown = await page.locator('table.events td.col-place').allTextContents();
    expect(shown).toEqual(api.items.slice(0, shown.length).map((e) => e.location.name));
    // Only the orders the server knows are offered as sort buttons.
    expect(await page.getByRole('button', { name: 'Place' }).count()).toBe(0);
  });

  it('loads the next page on demand until every event of the filter is shown, counting from the facets', async () => {
    const facets = (await (await fetch(`${ui.url}/api/v1/facets?group=IS-CP`)).json()) as Facets;
    const total = facets.category.reduce((sum, c) => sum + c.count, 0);
    expect(total).toBeGreaterThan(5);
    const page = await ui.open('/events?group=IS-CP&limit=5');
    const rows = page.locator('table.events tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(5);
    await expect.poll(() => page.locator('.table-tools .count').textContent()).toBe(`5 of ${total} events`);

    const more = page.getByRole('button', { name: 'Load 5 more' });
    while (await more.isVisible()) {
      const before = await rows.count();
      await more.click();
      await expect.poll(() => rows.count()).toBeGreaterThan(before);
    }
    expect(await rows.count()).toBe(total);
    expect(await page.locator('.table-tools .count').textContent()).toBe(`${total} events`);
    const links = await page
      .locator('table.events tbody tr a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(links).size).toBe(total);
  });

  it('shows the facet counts of the filter and narrows the table to a value, a second press lifting it', async () => {
    const facets = (await (await fetch(`${ui.url}/api/v1/facets?group=IS-CP`)).json()) as Facets;
    const page = await ui.open('/events?group=IS-CP');
    const category = page.locator('[data-facet="category"] button');
    await category.first().waitFor();
    const counts = await category.evaluateAll((buttons) =>
      buttons.map((b) => [b.querySelector('.value')!.textContent, Number(b.querySelector('.count')!.textContent)]),
    );
    expect(counts).toEqual(facets.category.map((c) => [c.value!.replace(/_/g, ' '), c.count]));
    for (const facet of ['attribution', 'country', 'year'])
      expect(await page.locator(`[data-facet="${facet}"] button`).count()).toBeGreaterThan(0);

    const attack = facets.category.find((c) => c.value === 'attack')!;
    await category.filter({ hasText: /^attack/ }).click();
    await page.waitForURL(/category=attack/);
    await expect.poll(() => page.locator('table.events tbody tr').count()).toBe(attack.count);
    expect(await category.filter({ hasText: /^attack/ }).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: join(RESULTS_DIR, 'events-facets-1280.png'), fullPage: true });

    await category.filter({ hasText: /^attack/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('category')).toBe(false);
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
