import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { axeViolations, launchChromium, watch, type PageLog } from './browser';
import { serveDist } from './server';
import { importViaOverview } from './quickImport';

// The spine, end to end against the built app: demo on first load, upload replaces it, the upload
// survives a reload, delete works, axe is clean, every request stays on the app's own origin.
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

const rowText = (category: string) =>
  page.locator(`[data-testid=comparison] tr[data-category="${category}"]`).innerText();

describe('the spine in Chromium', () => {
  it('shows the demo organisation against its sector benchmark on first load', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByTestId('demo-banner').isVisible()).toBe(true);
    // Disclosure control runs in a worker first (its exact audit can take seconds on a busy machine).
    await expect.poll(() => page.locator('[data-testid=comparison] svg rect.bar').count(), { timeout: 30_000 }).toBe(3);
    await expect.poll(() => page.getByTestId('benchmark-source').getAttribute('data-kind')).toBe('illustrative');
    // Demo 2024: 1,844 staff (sum over 5 units × 4 levels of round(size × weight × 1.06)); Dutch
    // thousands dot.
    expect(await page.locator('[data-testid=comparison] tfoot').innerText()).toContain('1.844');
  });

  it('updates the comparison when the sector changes', async () => {
    const benchmarkCell = page.locator('[data-testid=comparison] tr[data-category="nederland"] td[data-benchmark]');
    const before = await benchmarkCell.innerText();
    await page.selectOption('#sector', 'I');
    await expect.poll(() => page.locator('[data-testid=comparison] figcaption').innerText()).toContain('Horeca');
    await expect.poll(() => benchmarkCell.innerText()).not.toBe(before);
    await page.selectOption('#sector', 'O');
    await expect.poll(() => benchmarkCell.innerText()).toBe(before);
  });

  it('has no accessibility violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('replaces the demo with an uploaded file and keeps it across a reload', async () => {
    await importViaOverview(page, {
      name: 'afdelingen.csv',
      mimeType: 'text/csv',
      buffer: readFileSync('test/fixtures/e2e/wide-counts.csv'),
    });
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    // wide-counts.csv: Nederland 120+90+60 = 270 of 270+60+70 = 400 -> 67,5%
    await expect.poll(() => rowText('nederland'), { timeout: 30_000 }).toContain('67,5%');

    await page.reload();
    await expect.poll(() => page.getByTestId('saved-datasets').innerText()).toContain('afdelingen');
    await expect.poll(() => rowText('nederland'), { timeout: 30_000 }).toContain('67,5%');
  });

  it('deletes the uploaded dataset', async () => {
    await page.getByRole('button', { name: /verwijderen: afdelingen|afdelingen verwijderen/i }).click();
    await expect.poll(() => page.getByTestId('saved-datasets').count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.locator('main').getAttribute('data-ready')).toBe('true');
    expect(await page.getByTestId('saved-datasets').count()).toBe(0);
  });

  it('keeps the language chosen across a reload', async () => {
    await page.getByLabel('Taal').selectOption('en');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Cultural diversity barometer');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await expect.poll(() => page.locator('main').getAttribute('data-ready')).toBe('true');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Cultural diversity barometer');
    await page.getByLabel('Language').selectOption('nl');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Barometer culturele diversiteit');
  });

  it('made requests only to its own origin and logged no errors', () => {
    const foreign = log.requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u));
    expect(foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});
