import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, RESULTS_DIR, startUiServer, type UiServer } from './browser-harness.js';

const unavailable = browserUnavailable();

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const WRITING_SYSTEMS = ['Latin', 'Cyrillic', 'Arabic', 'Georgian', 'Armenian'];

describe.skipIf(unavailable !== null)('the organization profile in Chromium', () => {
  let ui: UiServer;
  beforeAll(async () => {
    ui = await startUiServer();
  }, 120_000);
  afterAll(async () => ui?.stop());

  it('finds IS-CP by a Cyrillic name as one types and opens its profile', async () => {
    const page = await ui.open('/');
    await page.getByRole('combobox').fill('Вилаят Кавказ');
    const suggestion = page.getByRole('option').first();
    await expect.poll(() => suggestion.textContent()).toContain('Caucasus Province');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/organizations\/org_/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Islamic State – Caucasus Province');
  });

  it.each(VIEWPORTS)(
    'shows names in six scripts and languages, Asildarov with his term, the first attack at $width×$height',
    async (viewport) => {
      const page = await ui.open('/search?q=IS-CP', viewport);
      await page.getByRole('link', { name: 'Islamic State – Caucasus Province' }).click();
      await page.locator('table.names').waitFor();
      // Strings, not functions: these run in the page, whose DOM types the Node-side tsconfig lacks.
      await page.waitForFunction("!document.body.textContent.includes('Loading')");
      await page.screenshot({ path: join(RESULTS_DIR, `profile-${viewport.width}.png`), fullPage: true });

      const names = await page.locator('table.names td.name').allTextContents();
      const written = WRITING_SYSTEMS.filter((script) =>
        names.some((name) => new RegExp(`\\p{Script=${script}}`, 'u').test(name)),
      );
      expect(written).toEqual(WRITING_SYSTEMS);
      expect(names).toContain('Вилаят Кавказ Исламского государства');
      const languages = await page.locator('table.names td.language').allTextContents();
      expect(new Set(languages.filter((l) => l !== '—')).size).toBeGreaterThanOrEqual(6);

      const leader = page.locator('table.leaders tbody tr', { hasText: 'Asildarov' });
      await expect.poll(() => leader.textContent()).toMatch(/23 June 2015 – 4 December 2016/);
      expect(await page.locator('[data-fact="first-attack"]').textContent()).toContain('2 September 2015');

      // Asildarov's term as a bar on the leaders' time axis.
      expect(await page.locator('.leaders-chart rect.period title').allTextContents()).toEqual([
        'Rustam Asildarov: 23 June 2015 – 4 December 2016',
      ]);
      const casualties = page.locator('section[aria-labelledby="casualties-h"]');
      // 2018: Kizlyar (6 killed, 5 injured) and Grozny ("all attackers were killed", at least 7 injured).
      const year2018 = casualties.locator('tr[data-year="2018"]');
      expect(await year2018.locator('td').allTextContents()).toEqual(['8+', '12+']);
      await casualties.screenshot({ path: join(RESULTS_DIR, `profile-casualties-${viewport.width}.png`) });
      await page
        .locator('section[aria-labelledby="leaders-h"]')
        .screenshot({ path: join(RESULTS_DIR, `profile-leaders-${viewport.width}.png`) });

      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    },
  );
});
