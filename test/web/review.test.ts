import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount } from '../../src/model/count.js';
import type { EventRecord } from '../../src/store/store.js';
import { browserUnavailable, RESULTS_DIR, startUiServer, type UiServer } from './browser-harness.js';

const unavailable = browserUnavailable();

// An account of a Kizlyar church attack (on the demo's day, a second report of the demo's attack), and
// the same article after a correction.
const report = (killed: number, day = 18) => `Church attack in Dagestan

On ${day} February 2018, a gunman opened fire on worshippers leaving a church in Kizlyar, Dagestan, killing ${killed} people and injuring 4. The Islamic State claimed responsibility for the attack.
`;

describe.skipIf(unavailable !== null)('reviewing in Chromium', () => {
  let ui: UiServer;
  beforeAll(async () => {
    ui = await startUiServer();
  }, 120_000);
  afterAll(async () => ui?.stop());

  // The Kizlyar attack as a document reports it: the listed incident, with `id` the document's own report.
  async function kizlyarEvent(documentId: string): Promise<EventRecord> {
    const answer = await fetch(`${ui.url}/api/v1/events?category=attack&place=Kizlyar&document=${documentId}`);
    const { items } = (await answer.json()) as { items: EventRecord[] };
    const incident = items.find((e) => e.date.startsWith('2018-02'))!;
    const own = incident.reports.find((r) => r.documentId === documentId)!;
    return { ...incident, id: own.eventId, killed: own.killed };
  }

  it('corrects a count with a reason on the event page, then shows the new value, the history entry and the status edited', async () => {
    const event = await kizlyarEvent('islamic-state-caucasus-province');
    const extracted = formatCount(event.killed!);
    const page = await ui.open(`/events/${event.id}?review=edit&field=killed`, { width: 390, height: 844 });
    const form = page.locator('form.review-form');
    await form.waitFor();
    expect(await page.locator('[data-fact="review"] .badge').textContent()).toBe('extracted');
    expect(await form.getByLabel('Field').inputValue()).toBe('killed');
    expect(await form.getByLabel('New value').inputValue()).toBe(extracted);
    expect(await page.locator('.review-history').count()).toBe(0);

    await form.getByLabel('New value').fill('12');
    await form.getByLabel('Reason').fill('the regional ministry later counted twelve dead');
    await form.getByLabel('Your name').fill('Ana Petrova');
    // The form is submitted from the keyboard: the name field, then the button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await form.getByRole('status').waitFor();
    expect(await form.getByRole('status').textContent()).toBe('Saved: edit by Ana Petrova; the history lists it.');
    await expect.poll(() => page.locator('[data-fact="review"] .badge').textContent()).toBe('edited');
    expect(await page.locator('[data-fact="killed"]').textContent()).toBe('12');
    // The page stays in place while it reloads, so the keyboard is where the editor left it.
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Save the correction');
    const entry = page.locator('.review-history > li');
    expect(await entry.count()).toBe(1);
    expect(await entry.getAttribute('data-action')).toBe('edit');
    expect(await entry.locator('strong').textContent()).toBe('Ana Petrova');
    expect(await entry.locator('[data-field="killed"]').textContent()).toBe(`killed: ${extracted} → 12`);
    expect(await entry.locator('.reason').textContent()).toMatch(/later counted twelve dead/);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(RESULTS_DIR, 'event-review-390.png'), fullPage: true });

    // The editor's name is remembered for the next review, and a reason is always asked for.
    await page.reload();
    await expect.poll(() => form.getByLabel('Your name').inputValue()).toBe('Ana Petrova');
    await form.getByLabel('accept').check();
    await page.waitForURL(/review=accept/);
    await form.getByRole('button', { name: 'Accept the event' }).click();
    expect(await form.locator('textarea:invalid').count(), 'the reason is required').toBe(1);
    expect(await page.locator('.review-history > li').count()).toBe(1);
  });

  it('lists the conflict on the review page after a changed document is re-ingested from the ingest page, and settles it on the event page', async () => {
    // Another day's attack, so the report is an incident of its own.
    const post = await fetch(`${ui.url}/api/v1/documents?name=kizlyar-church-report.txt`, {
      method: 'POST',
      body: report(7, 25),
    });
    expect(post.ok).toBe(true);
    const event = await kizlyarEvent('kizlyar-church-report');
    const edit = await fetch(`${ui.url}/api/v1/review`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Chronicle-Actor': 'Ana Petrova' },
      body: JSON.stringify({
        action: 'edit',
        kind: 'event',
        id: event.id,
        set: { killed: 8 },
        reason: 'hospital list',
      }),
    });
    expect(edit.status).toBe(201);

    const page = await ui.open('/ingest');
    await page
      .locator('input[type="file"]')
      .setInputFiles([
        { name: 'kizlyar-church-report.txt', mimeType: 'text/plain', buffer: Buffer.from(report(9, 25)) },
      ]);
    const row = page.locator('li.upload[data-file="kizlyar-church-report.txt"]');
    await row.locator('.badge').waitFor();
    expect(await row.locator('.badge').textContent()).toMatch(/replaced/);
    await row.getByRole('link', { name: 'go to review' }).click();
    await page.waitForURL(/\/review\?document=kizlyar-church-report$/);

    const conflict = page.locator('li.conflict[data-field="killed"]');
    await conflict.waitFor();
    expect(await conflict.locator('.extracted').textContent()).toBe('9');
    expect(await conflict.locator('.edited').textContent()).toBe('8');
    expect(
      await page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: 'Review' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await page.screenshot({ path: join(RESULTS_DIR, 'review-1280.png'), fullPage: true });

    await conflict.getByRole('link', { name: event.id }).click();
    await page.waitForURL(new RegExp(`/events/${event.id}$`));
    await page.getByRole('heading', { name: 'Open conflicts' }).waitFor();
    expect(await page.locator('[data-fact="killed"]').textContent()).toBe('8');
    expect(await page.locator('li.conflict .extracted').textContent()).toBe('9');

    // Taking the document's value fills the form, which settles the conflict once given a reason.
    await page.getByRole('button', { name: 'Take the document’s value' }).click();
    await page.waitForURL(/value=9/);
    const form = page.locator('form.review-form');
    expect(await form.getByLabel('New value').inputValue()).toBe('9');
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('review-value');
    await form.getByLabel('Reason').fill('the corrected article agrees with the hospital now');
    await form.getByLabel('Your name').fill('Ana Petrova');
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await expect.poll(() => page.locator('[data-fact="killed"]').textContent()).toBe('9');
    await expect.poll(() => page.getByRole('heading', { name: 'Open conflicts' }).count()).toBe(0);
    expect(page.url()).not.toMatch(/value=/);
    const open = (await (await fetch(`${ui.url}/api/v1/conflicts?document=kizlyar-church-report`)).json()) as {
      items: unknown[];
    };
    expect(open.items).toEqual([]);
  });

  it('corrects one report of an incident that several documents report, chosen in the form', async () => {
    const demo = await kizlyarEvent('islamic-state-caucasus-province');
    const posted = await fetch(`${ui.url}/api/v1/documents?name=kizlyar-follow-up.txt`, {
      method: 'POST',
      body: report(6),
    });
    expect(posted.ok).toBe(true);
    // Same day, town and kind of attack: resolution makes it a second report of the demo's incident.
    const other = await kizlyarEvent('kizlyar-follow-up');
    expect(other.incidentId).toBe(demo.incidentId);

    const page = await ui.open(`/events/${demo.id}?review=edit&field=killed`);
    const form = page.locator('form.review-form');
    await form.waitFor();
    await form.getByLabel('Report').selectOption(other.id);
    await page.waitForURL(new RegExp(`report=${other.id}`));
    expect(await form.getByLabel('New value').inputValue()).toBe('6');
    await form.getByLabel('New value').fill('7');
    await form.getByLabel('Reason').fill('the follow-up counted the attacker');
    await form.getByLabel('Your name').fill('Ana Petrova');
    await form.getByRole('button', { name: 'Save the correction' }).click();

    const edited = page.locator('li.report[data-document="kizlyar-follow-up"]');
    await expect.poll(() => edited.locator('.report-figures').textContent()).toMatch(/Killed7.*Reviewedited/);
    const actions = await page
      .locator('.review-history > li')
      .evaluateAll((li) => li.map((l) => l.getAttribute('data-action')));
    expect(actions.at(-1)).toBe('edit');
    expect(await page.locator('.review-history > li').last().textContent()).toMatch(
      /^edit of the report in kizlyar-follow-up by Ana Petrova/,
    );
    expect(await page.locator('.review-history > li').last().locator('[data-field="killed"]').textContent()).toBe(
      'killed: 6 → 7',
    );
    await page.screenshot({ path: join(RESULTS_DIR, 'event-review-reports-1280.png'), fullPage: true });
  });

  it('corrects the targets with checkboxes and the region with text, each shown on the event and in its history', async () => {
    const event = await kizlyarEvent('islamic-state-caucasus-province');
    const page = await ui.open(`/events/${event.id}?review=edit&field=targets`);
    const form = page.locator('form.review-form');
    await form.waitFor();
    // A church attack: worshippers were the target, not the police.
    expect(event.targets).not.toContain('police');
    const police = form.getByLabel('police', { exact: true });
    expect(await police.isChecked()).toBe(false);
    await police.check();
    await form.getByLabel('Reason').fill('the ministry says a police post was hit too');
    await form.getByLabel('Your name').fill('Ana Petrova');
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await form.getByRole('status').waitFor();
    await expect.poll(() => page.locator('[data-fact="targets"]').textContent()).toMatch(/police/);

    await form.getByLabel('Field').selectOption('location.admin1');
    await page.waitForURL(/field=location.admin1/);
    expect(await form.getByLabel('New value').inputValue()).toBe(event.location.admin1 ?? '');
    await form.getByLabel('New value').fill('Republic of Dagestan');
    await form.getByLabel('Reason').fill('the official name of the region');
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await expect.poll(() => page.locator('[data-fact="place"]').textContent()).toMatch(/Republic of Dagestan/);
    const last = page.locator('.review-history > li').last();
    expect(await last.locator('[data-field="location.admin1"]').textContent()).toBe(
      `location.admin1: ${event.location.admin1} → Republic of Dagestan`,
    );
  });

  it('shows a person by the name an editor chooses on the profile, then by the first mention’s name again', async () => {
    const found = (await (await fetch(`${ui.url}/api/v1/search?q=Asildarov`)).json()) as { items: { id: string }[] };
    const id = found.items[0]!.id;
    const page = await ui.open(`/people/${id}`, { width: 390, height: 844 });
    const heading = page.locator('h1');
    await expect.poll(() => heading.textContent()).toBe('Rustam Asildarov');

    await page.getByText('Change the name shown').click();
    const form = page.locator('details.display-name form');
    await form.getByLabel('Shown as').fill('Abu Muhammad al-Qadari');
    await form.getByLabel('Reason').fill('the name he used as leader');
    await form.getByLabel('Your name').fill('Ana Petrova');
    await form.getByRole('button', { name: 'Show by this name' }).click();
    await expect.poll(() => heading.textContent()).toBe('Abu Muhammad al-Qadari');
    const people = (await (await fetch(`${ui.url}/api/v1/people`)).json()) as { items: { id: string; name: string }[] };
    expect(people.items.find((p) => p.id === id)?.name).toBe('Abu Muhammad al-Qadari');

    await form.getByLabel('Reason').fill('back to the usual name');
    await form.getByRole('button', { name: 'Show by its first mention’s name' }).click();
    await expect.poll(() => heading.textContent()).toBe('Rustam Asildarov');
  });
});
