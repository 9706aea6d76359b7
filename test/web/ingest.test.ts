import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/store/store.js';
import { browserUnavailable, RESULTS_DIR, ROOT, startUiServer, type UiServer } from './browser-harness.js';

const unavailable = browserUnavailable();

// A second account of the demo's Kizlyar church attack, with figures of its own.
const KIZLYAR_REPORT = `Church attack in Dagestan

On 18 February 2018, a gunman opened fire on worshippers leaving a church in Kizlyar, Dagestan, killing 7 people and injuring 4. The Islamic State claimed responsibility for the attack.
`;

describe.skipIf(unavailable !== null)('adding documents in Chromium', () => {
  let ui: UiServer;
  beforeAll(async () => {
    ui = await startUiServer();
  }, 120_000);
  afterAll(async () => ui?.stop());

  it('uploads several documents from the navigation, with a result or a reason for each, and links to what was extracted', async () => {
    const page = await ui.open('/');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Add documents' }).click();
    await page.waitForURL(/\/ingest$/);
    const demo = await readFile(join(ROOT, 'data/demo/islamic-state-caucasus-province.txt'));
    await page.locator('input[type="file"]').setInputFiles([
      { name: 'kizlyar-church-report.txt', mimeType: 'text/plain', buffer: Buffer.from(KIZLYAR_REPORT) },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x25, 0x50, 0x00, 0x01]) },
      { name: 'islamic-state-caucasus-province.txt', mimeType: 'text/plain', buffer: demo },
    ]);
    const row = (name: string) => page.locator(`li.upload[data-file="${name}"]`);
    await row('islamic-state-caucasus-province.txt').locator('.badge').waitFor();

    const report = row('kizlyar-church-report.txt');
    expect(await report.locator('.badge').textContent()).toBe('added');
    expect(Number(await report.locator('[data-count="events"]').textContent())).toBeGreaterThan(0);
    expect(await row('scan.pdf').getByRole('alert').textContent()).toMatch(/scan\.pdf: looks like a binary file/);
    expect(await row('islamic-state-caucasus-province.txt').locator('.badge').textContent()).toMatch(/unchanged/);
    await page.screenshot({ path: join(RESULTS_DIR, 'ingest-1280.png'), fullPage: true });

    await report.getByRole('link', { name: 'Open the document' }).click();
    await page.waitForURL(/\/documents\/kizlyar-church-report$/);
    await page.getByRole('heading', { name: 'Church attack in Dagestan' }).waitFor();
    const event = page.locator('.event-list a', { hasText: /Kizlyar/ }).first();
    await event.waitFor();
    await page.screenshot({ path: join(RESULTS_DIR, 'document-1280.png'), fullPage: true });

    await event.click();
    // The report joins the demo's incident at Kizlyar: the event page shows it among the reports.
    await page.waitForURL(/\/events\/evt_/);
    await page.locator('.evidence mark', { hasText: /killing 7 people/ }).waitFor();
    await page.locator('.evidence figcaption').getByRole('link', { name: 'Church attack in Dagestan' }).waitFor();
  });

  it('shows every report of an incident with its own figures and evidence, and the combined range', async () => {
    const post = (name: string, body: string | Buffer) =>
      fetch(`${ui.url}/api/v1/documents?name=${name}`, { method: 'POST', body });
    expect((await post('kizlyar-church-report.txt', KIZLYAR_REPORT)).ok).toBe(true);
    const attacks = (await (
      await fetch(
        `${ui.url}/api/v1/events?category=attack&from=2018-02-18&to=2018-02-18&document=kizlyar-church-report`,
      )
    ).json()) as {
      items: EventRecord[];
    };
    // The knowledge base links both reports of the Kizlyar attack into one incident.
    const incident = attacks.items.find((e) => e.location.name === 'Kizlyar')!;
    const page = await ui.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ui.url}/events/${incident.id}`);

    await page.getByRole('heading', { name: 'Reported by 2 documents' }).waitFor();
    expect(await page.locator('[data-fact="killed"]').textContent()).toBe('6–7 across 2 sources');
    const reports = page.locator('li.report');
    expect(await reports.locator('.report-figures dd').first().textContent()).toBe('18 February 2018');
    expect(await reports.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-document')))).toEqual([
      'islamic-state-caucasus-province',
      'kizlyar-church-report',
    ]);
    expect(await reports.locator('.report-figures').allTextContents()).toEqual([
      expect.stringMatching(/Killed6/),
      expect.stringMatching(/Killed7/),
    ]);
    // Each report's evidence is highlighted in its own document.
    await expect
      .poll(() => reports.locator('.evidence mark').allTextContents())
      .toEqual([expect.stringMatching(/Kizlyar, killing 5/), expect.stringMatching(/killing 7 people/)]);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(RESULTS_DIR, 'event-reports-390.png'), fullPage: true });
    await page.close();
  });
});
