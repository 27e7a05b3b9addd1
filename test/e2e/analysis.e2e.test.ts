import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchChromium, watch, type PageLog } from './browser';
import { serveDist } from './server';

// The analysis screens against the built app with the demo organisation (Standard preset): each
// renders its chart and table from published cells, works by keyboard, and axe finds nothing.
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

async function open(route: string): Promise<void> {
  await page.goto(server.url + '#/' + route);
  await expect.poll(() => page.locator(`[data-testid=${route}] figure svg`).count(), { timeout: 20_000 }).toBeGreaterThan(0);
}

describe('the analysis screens in Chromium', () => {
  it('groups: every unit × origin of 2024 in a table beside the chart', async () => {
    await open('groups');
    // 5 units × 3 origins.
    await expect.poll(() => page.locator('[data-testid=groups-table] tbody tr').count()).toBe(15);
    // Burgerzaken 2024: round(420 × 1.06 × 0.30 / 0.35 / 0.25 / 0.10) = 134 + 156 + 111 + 45 = 446.
    const row = page.locator('[data-testid=groups-table] tr[data-group="Burgerzaken"][data-category="nederland"]');
    // The table skips rendering while off screen (content-visibility): bring the row into view first.
    await row.scrollIntoViewIfNeeded();
    await expect.poll(() => row.innerText()).toContain('446');
    expect(await page.locator('[data-testid=groups-figure] figcaption').innerText()).toContain('2024');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('groups: sorting by a column header works from the keyboard', async () => {
    const header = page.locator('[data-testid=groups-table] thead button', { hasText: 'Aandeel' });
    await header.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => header.locator('xpath=..').getAttribute('aria-sort')).toBe('ascending');
  });

  it('pipeline: salary scales in the demo order with the top-versus-organisation ratio', async () => {
    await open('pipeline');
    const levels = page.locator('[data-testid=level-order] .level');
    await expect.poll(() => levels.allInnerTexts()).toEqual(['Schaal 1-6', 'Schaal 7-9', 'Schaal 10-11', 'Schaal 12+']);
    // Schaal 12+ in 2024: 45 + 65 + 40 + 31 + 4 = 185 staff, Nederland 35 + 47 + 36 + 27 + 4 = 149 -> 80,5%.
    const top = page.locator('[data-testid=pipeline-table] tr[data-level="Schaal 12+"]');
    expect(await top.innerText()).toContain('185');
    expect(await top.locator('td[data-category="nederland"]').innerText()).toBe('80,5%');
    expect(await page.locator('[data-testid=pipeline-table] tfoot').innerText()).toContain('Top ÷ organisatie');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('pipeline: a level moves by keyboard and keeps the focus', async () => {
    await page.getByRole('button', { name: 'Schaal 12+ een plaats omhoog' }).focus();
    await page.keyboard.press('Enter');
    const levels = page.locator('[data-testid=level-order] .level');
    await expect.poll(() => levels.allInnerTexts()).toEqual(['Schaal 1-6', 'Schaal 7-9', 'Schaal 12+', 'Schaal 10-11']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Schaal 12+ een plaats omhoog');
    await page.getByRole('button', { name: 'Standaardvolgorde' }).click();
    await expect.poll(() => levels.allInnerTexts()).toEqual(['Schaal 1-6', 'Schaal 7-9', 'Schaal 10-11', 'Schaal 12+']);
  });

  it('trends: the organisation per year, 2021 to 2024, in chart and table', async () => {
    await open('trends');
    const years = page.locator('[data-testid=trends-table] tbody th');
    await expect.poll(() => years.allInnerTexts()).toEqual(['2021', '2022', '2023', '2024']);
    expect(await page.locator('[data-testid=trends-table] tr[data-year="2024"]').innerText()).toContain('1.844');
    expect(await page.getByTestId('trend-comparability').innerText()).toContain('vergelijkbaar');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('trends: per unit when a dimension is chosen', async () => {
    await page.getByLabel('Ook per groep van').selectOption('afdeling');
    // 5 units × 3 origins.
    await expect.poll(() => page.locator('[data-testid=trends-groups-table] tbody tr').count()).toBe(15);
  });

  it('targets: a typed target gives the intake needed; a wrong year is explained in words', async () => {
    await open('targets');
    await expect.poll(() => page.locator('[data-testid=targets-table] tbody tr').count()).toBe(3);
    await page.getByLabel('Streefcijfer Buiten Europa (%)').fill('30');
    const intake = page.locator('[data-testid=targets-table] tr[data-category="buiten-europa"] td[data-intake]');
    await expect.poll(() => intake.innerText()).toMatch(/^\d+,\d%$/);
    await page.getByLabel('Streefjaar').fill('2020');
    await expect.poll(() => page.locator('#target-year-error').innerText()).toBe('Streefjaar: kies een jaar na 2024.');
    await page.getByLabel('Streefjaar').fill('2029');
    await expect.poll(() => page.locator('#target-year-error').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the user’s target across a reload', async () => {
    await page.reload();
    await expect.poll(() => page.getByLabel('Streefcijfer Buiten Europa (%)').inputValue(), { timeout: 20_000 }).toBe('30');
  });

  it('logged no errors and stayed on its own origin', () => {
    const foreign = log.requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u));
    expect(foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});
