import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { axeViolations, launchChromium, watch, type PageLog } from './browser';
import { serveDist } from './server';
import { importViaOverview } from './quickImport';

// Flows through the one import route, against the built app: the staff file first, then its
// flows on the data screen, checked against the staff counts, kept with the dataset over a reload;
// a file of flows given to the staff import is sent to its own import.
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;
let log: PageLog;

const file = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(`test/fixtures/flows/${name}`) });

beforeAll(async () => {
  server = await serveDist('dist');
  browser = await launchChromium();
  const context = await browser.newContext();
  page = await context.newPage();
  log = await watch(context, page);
  await page.goto(`${server.url}#/overview`);
  await page.waitForSelector('main[data-ready="true"]');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('flows on the data screen', () => {
  it('refuses a file of flows as staff, naming its Stroom column', async () => {
    await page.setInputFiles('#file-input', file('with-stocks.csv'));
    await page.waitForSelector('[data-testid=import-screen]', { timeout: 30_000 });
    await expect.poll(() => page.getByTestId('import-result').getAttribute('data-ok'), { timeout: 30_000 }).toBe('false');
    expect(await page.getByTestId('import-result').innerText()).toContain('Kolom "Stroom" noemt stromen');
  });

  it('adds flows to the saved staff file, checks them and keeps them over a reload', async () => {
    await page.evaluate(() => (location.hash = '#/overview'));
    await importViaOverview(page, file('with-stocks-staff.csv'));
    await page.evaluate(() => (location.hash = '#/data'));
    await page.waitForSelector('#flow-file', { timeout: 30_000 });
    await page.setInputFiles('#flow-file', file('with-stocks.csv'));
    // 14 hires and 7 leavers, and each 2024 count is 2023's plus hires minus leavers.
    await expect.poll(() => page.getByTestId('flow-summary').innerText(), { timeout: 30_000 }).toContain('Instroom: 14 personen');
    expect(await page.getByTestId('flow-stock-check').innerText()).toContain('klopt met de stromen');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Stromen opslaan bij / }).click();
    await page.getByTestId('flow-saved').waitFor();
    await page.reload();
    await page.waitForSelector('main[data-ready="true"]');
    await expect.poll(() => page.getByTestId('flow-kept').innerText(), { timeout: 30_000 }).toContain('stromen over 2024');
    expect(log.requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    expect([...log.errors, ...log.cspViolations]).toEqual([]);
  });
});
