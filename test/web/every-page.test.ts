import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/store/store.js';
import { browserUnavailable, RESULTS_DIR, startUiServer, type UiServer } from './browser-harness.js';

const unavailable = browserUnavailable();
const ISCP = 'org_islamic-state-caucasus-province';
const PHONE = { width: 390, height: 844 };

// Strings, not functions: these run in the page, whose DOM types the Node-side tsconfig lacks.
const settled = (page: Page) =>
  page.waitForFunction(
    "document.querySelector('main h1') !== null && !document.querySelector('main').textContent.includes('Loading')",
  );
const overflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
const focused = (page: Page) =>
  page.evaluate<string>(
    "(document.activeElement?.getAttribute('class') ?? '') + ' ' + (document.activeElement?.tagName ?? '')",
  );

describe.skipIf(unavailable !== null)('every page on a phone and by keyboard in Chromium', () => {
  let ui: UiServer;
  let kizlyar: EventRecord;
  beforeAll(async () => {
    ui = await startUiServer();
    const { items } = (await (await fetch(`${ui.url}/api/v1/events?category=attack`)).json()) as {
      items: EventRecord[];
    };
    kizlyar = items.find((e) => e.location.name === 'Kizlyar')!;
  }, 120_000);
  afterAll(async () => ui?.stop());

  // Each page with what shows it has drawn its data, not only its frame.
  const pages: [string, () => string, string][] = [
    ['search', () => '/search?q=IS-CP', 'main a[href^="/organizations/"]'],
    ['organizations', () => '/organizations', 'main a[href^="/organizations/"]'],
    ['events', () => '/events?group=IS-CP', 'table.events tbody tr'],
    ['event', () => `/events/${kizlyar.id}`, '.evidence mark'],
    ['timeline', () => `/timeline?group=${ISCP}`, 'svg.timeline a.mark'],
    ['map', () => '/map?group=IS-CP', 'path.land'],
    ['graph', () => `/graph?entity=${ISCP}`, 'g.edge'],
    ['ingest', () => '/ingest', 'input[type="file"]'],
    ['review', () => '/review?category=attack', '.event-list li'],
    ['document', () => `/documents/${kizlyar.documentId}`, '.event-list li'],
  ];

  it.each(pages)('the %s page fits 390×844 without scrolling sideways', async (name, path, drawn) => {
    const page = await ui.open(path(), PHONE);
    await page.locator(drawn).first().waitFor();
    await settled(page);
    await page.screenshot({ path: join(RESULTS_DIR, `${name}-390.png`), fullPage: true });
    expect(await overflow(page), `${path()} scrolls sideways`).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('reaches an event on the map by keyboard alone, zooming into clusters on the way', async () => {
    const page = await ui.open('/map?group=IS-CP');
    await page.locator('path.land').waitFor();
    for (let i = 0; i < 60 && !page.url().includes('/events/'); i++) {
      await page.keyboard.press('Tab');
      const what = await focused(page);
      if (/\b(marker|cluster)\b/.test(what)) await page.keyboard.press('Enter');
    }
    await page.waitForURL(/\/events\/evt_/);
    await page.locator('.evidence mark').waitFor();
    await page.close();
  });

  it('keeps a filter chosen by keyboard in the URL, so the view is a shareable link', async () => {
    const page = await ui.open('/timeline?group=IS-CP');
    await settled(page);
    await page.getByRole('combobox', { name: 'Category' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/category=attack/);
    const shared = await ui.open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await shared.getByRole('combobox', { name: 'Category' }).inputValue()).toBe('attack');
    await page.close();
    await shared.close();
  });

  it('keeps the map zoomed where it was in the URL, so the same link opens the same view', async () => {
    const page = await ui.open('/map?group=IS-CP');
    await page.locator('path.land').waitFor();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.waitForURL(/view=[\d.-]+%2C[\d.-]+%2C2\.56/);
    const transform = (p: Page) => p.locator('figure.map svg > g').getAttribute('transform');
    const shared = await ui.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await shared.locator('path.land').waitFor();
    const numbers = async (p: Page) => (await transform(p))!.match(/-?[\d.]+/g)!.map(Number);
    const [x, y, k] = await numbers(shared);
    const [x0, y0, k0] = await numbers(page);
    expect(k).toBe(k0);
    expect(Math.abs(x! - x0!) + Math.abs(y! - y0!)).toBeLessThan(2);
    await shared.getByRole('button', { name: 'Reset' }).click();
    await shared.waitForURL((url) => !url.search.includes('view='));
    await page.close();
    await shared.close();
  });

  it('opens the source document at the evidence of an event, every evidence span linked back to its event', async () => {
    const page = await ui.open(`/events/${kizlyar.id}`);
    await page.locator('.evidence figcaption a').click();
    await page.waitForURL(new RegExp(`/documents/${kizlyar.documentId}\\?at=${kizlyar.evidence.start}$`));
    const current = page.locator('.document-text mark.current');
    await expect.poll(() => current.textContent()).toBe(kizlyar.evidence.text);
    expect(await current.isVisible()).toBe(true);
    expect(await page.locator('.document-text mark').count()).toBeGreaterThan(5);
    await page.screenshot({ path: join(RESULTS_DIR, 'document-at-evidence-1280.png') });
    await current.getByRole('link').click();
    await page.waitForURL(new RegExp(`/events/${kizlyar.id}$`));
    await page.close();
  });

  it('offers the file picker of the ingest page to the keyboard right after the navigation', async () => {
    const page = await ui.open('/ingest');
    await settled(page);
    const seen: string[] = [];
    for (let i = 0; i < 20 && !seen.at(-1)?.includes('INPUT'); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused(page));
    }
    expect(seen.at(-1)).toMatch(/INPUT/);
    expect(await page.evaluate<string>('document.activeElement.type')).toBe('file');
    await page.close();
  });
});
