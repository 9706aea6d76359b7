import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Event, Extraction } from '../../src/model/index.js';
import { openStore } from '../../src/store/open-store.js';
import { browserUnavailable, startUiServer, type UiServer } from './browser-harness.js';

const unavailable = browserUnavailable();

// More events than one page (1,000) holds: a digest of 1,200 attacks at 12 towns, 100 a year from 2008 to 2019.
const EVENTS = 1200;
const TOWNS = Array.from({ length: 12 }, (_, t) => ({ name: `Town ${t}`, lat: 40 + t * 0.5, lon: 40 + t * 0.7 }));

function bigDigest(): { text: string; extraction: Extraction } {
  let text = 'Attack digest\n\n';
  const events: Event[] = [];
  for (let n = 0; n < EVENTS; n++) {
    const town = TOWNS[n % TOWNS.length]!;
    const year = 2008 + Math.floor(n / 100);
    const sentence = `On 1 March ${year} gunmen attacked a checkpoint in ${town.name}, killing one officer (report ${n}).`;
    const start = text.length;
    text += `${sentence}\n`;
    events.push({
      id: `ev-${n}`,
      date: `${year}-03-01`,
      category: 'attack',
      subtype: 'armed_assault',
      summary: sentence,
      location: { name: town.name, country: 'RU', precision: 'exact', lat: town.lat, lon: town.lon, aliases: [] },
      perpetrators: [],
      attribution: 'unknown',
      killed: 1,
      targets: ['police'],
      weapons: ['firearms'],
      evidence: { text: sentence, start, end: start + sentence.length },
      citations: [],
    } as Event);
  }
  const extraction = {
    document: { id: 'digest', title: 'Attack digest' },
    organizations: [],
    people: [],
    relations: [],
    events,
    sources: [],
  } as unknown as Extraction;
  return { text, extraction };
}

describe.skipIf(unavailable !== null)('the map and timeline of more events than one page in Chromium', () => {
  let ui: UiServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chronicle-map-'));
    const databasePath = join(dir, 'kb.db');
    const store = await openStore({ path: databasePath });
    const { text, extraction } = bigDigest();
    const contentHash = createHash('sha256').update(text).digest('hex');
    await store.ingest({ document: { id: 'digest', text, format: 'text', contentHash }, extraction });
    await store.close();
    ui = await startUiServer({ databasePath });
  }, 180_000);
  afterAll(async () => {
    await ui?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws every one of 1,200 events by its town, each town a link to its events', async () => {
    const page = await ui.open('/map?category=attack');
    await expect.poll(() => page.locator('.partial-note').textContent()).toContain('1200 events at 12 places');
    const towns = page.locator('a.marker.place');
    await expect.poll(() => towns.count()).toBeGreaterThan(0);
    const drawn = await page.locator('figure.map > svg').getAttribute('aria-label');
    expect(drawn).toBe('Map of 1200 located events');
    const label = await towns.first().getAttribute('aria-label');
    expect(label).toMatch(/^Town \d+: 100 attack; 100 killed at most$/);

    await towns.first().click();
    await page.waitForURL(/\/events\?.*place=Town/);
  });

  it('counts all 1,200 events per year on the timeline, and draws each event of the years zoomed into', async () => {
    const page = await ui.open('/timeline?category=attack');
    const bars = page.locator('svg.timeline rect.year-count title');
    await expect.poll(() => bars.count()).toBe(12);
    expect(await bars.first().textContent()).toBe('2008: 100 events');
    expect(await page.locator('.partial-note').count()).toBe(1);

    const zoomed = await ui.open('/timeline?category=attack&view=2018-2019');
    await expect.poll(() => zoomed.locator('svg.timeline a.mark').count()).toBe(200);
    expect(await zoomed.locator('.partial-note').count()).toBe(0);
  });
});
