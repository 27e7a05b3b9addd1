import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchChromium, watch, type PageLog } from './browser';
import { serveDist } from './server';
import { importViaOverview } from './quickImport';

// Disclosure control end to end: a unit of 3 people never shows its split, and the preset chosen
// in the settings changes what the screens show. Fixture test/fixtures/e2e-safety/small-unit.csv:
//   Productie 200/2/30 (232), Logistiek 210/2/25 (237), Kantoor 205/3/20 (228), Klein 2/1/0 (3);
//   organisation 617/8/75 = 700.
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  server = await serveDist('dist');
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  log = await watch(context, page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ready = () => expect.poll(() => page.locator('main').getAttribute('data-ready')).toBe('true');
/** Opens a route and waits until the app is ready and the screen (loaded on demand) is there. */
const go = async (route: string) => {
  await page.goto(`${server.url}#/${route}`);
  await ready();
  await expect.poll(() => page.getByText(/^(Onderdeel wordt geladen…|Loading…)$/).count()).toBe(0);
};
/** The overview's Europa row as read (without the soft hyphens of "af-ge-schermd"). */
const europaRow = async () => (await page.locator('[data-testid=comparison] tr[data-category="europa"]').innerText()).replace(/\u00ad/g, '');
/** Klein's split as it would read: 2 of 3 = 66,7%, 1 of 3 = 33,3% (nl) or 66.7% / 33.3% (en). */
const KLEIN_SHARES = /66[,.]7\s?%|33[,.]3\s?%/;

describe('disclosure control in Chromium', () => {
  it('imports the fixture with the 3-person unit', async () => {
    await go('overview');
    await importViaOverview(page, {
      name: 'kleine-afdeling.csv',
      mimeType: 'text/csv',
      buffer: readFileSync('test/fixtures/e2e-safety/small-unit.csv'),
    });
  });

  it('hides the organisation count of Europa under Standard (8 < 10 people)', async () => {
    await expect.poll(europaRow).toContain('afgeschermd');
    // no cell is the count 8 (the benchmark column's real CBS share, e.g. 8,2%, is no count)
    expect((await europaRow()).split('\t')).not.toContain('8');
  });

  it("never shows the 3-person unit's split, on any screen", async () => {
    for (const route of ['overview', 'groups', 'pipeline', 'trends', 'targets', 'data', 'report']) {
      await go(route);
      // Screens load on demand: on the groups screen, wait for its table of units.
      if (route === 'groups') await expect.poll(() => page.locator('tr[data-group="Productie"]').count()).toBeGreaterThan(0);
      const text = await page.locator('body').innerText();
      expect(text, route).not.toMatch(KLEIN_SHARES);
      // Wherever Klein has a row, none of its own cells shows a number, only "afgeschermd", or '–'
      // where nothing is measured (the benchmark column is the benchmark's share, not Klein's).
      const kleinCells = await page.locator('tr[data-group="Klein"] td.num:not([data-benchmark])').allInnerTexts();
      for (const cell of kleinCells) expect(cell.replace(/\u00ad/g, '').trim(), `${route}: Klein`).toMatch(/^(afgeschermd|–|)$/);
      // The groups screen does list Klein (as "afgeschermd"), so the check above is not empty there.
      if (route === 'groups') expect(kleinCells.length).toBeGreaterThan(0);
    }
  });

  it('explains each preset in the settings, Standard chosen', async () => {
    await go('settings');
    await expect.poll(() => page.getByRole('radio', { name: /Standaard/ }).isChecked()).toBe(true);
    expect(await page.locator('[data-preset-rules=cbs]').innerText()).toContain('250');
    expect(await page.locator('[data-preset-rules=internal]').innerText()).toContain('5 medewerkers');
  });

  it('switching to Internal shows the 8 people of Europa; Klein stays hidden (3 < 10)', async () => {
    await page.getByRole('radio', { name: /Intern/ }).check();
    await expect.poll(() => page.getByTestId('preset-applied').innerText()).toContain('vanaf 10');
    await go('overview');
    // Internal: a count needs 5 people; 8 >= 5, so Europa is shown: 8 of 700 = 1,1%.
    await expect.poll(europaRow).toContain('1,1%');
    await go('groups');
    await expect.poll(() => page.locator('tr[data-group="Productie"]').count()).toBeGreaterThan(0);
    expect(await page.locator('body').innerText()).not.toMatch(KLEIN_SHARES);
  });

  it('keeps the chosen preset across a reload when the workspace restores it', async () => {
    await page.reload();
    await ready();
    await go('settings');
    await expect.poll(() => page.getByRole('radio', { name: /Intern/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: /CBS-barometer/ }).check();
    await go('overview');
    await expect.poll(europaRow).toContain('afgeschermd');
  });

  it('made requests only to its own origin and logged no errors', () => {
    expect(log.requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});
