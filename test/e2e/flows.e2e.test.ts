import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium, watch, type PageLog } from './browser';
import { serveDist } from './server';

// The flows screen against the built app with the demo organisation (Standard preset): the demo's
// flows published in the worker, the funnel and the rates in Dutch and English, axe clean, a CSV
// made from the published flow table, and nothing wider than a phone.
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist('dist');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(page: Page): Promise<void> {
  await page.goto(server.url + '#/flows');
  await expect.poll(() => page.locator('[data-testid=flows-funnel-figure] svg.chart text').count(), { timeout: 60_000 }).toBeGreaterThan(0);
}

async function chooseLocale(page: Page, locale: 'nl' | 'en'): Promise<void> {
  await page.getByRole('combobox', { name: /^(taal|language)$/i }).selectOption(locale);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
}

describe('the flows screen in Chromium', () => {
  let page: Page;
  let log: PageLog;
  beforeAll(async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    log = await watch(context, page);
  });

  it('shows the demo funnel of 2024 with published counts, in Dutch', async () => {
    await open(page);
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe('Stromen');
    const stages = page.locator('[data-testid=flows-funnel-table] tbody th');
    expect(await stages.allInnerTexts()).toEqual(['sollicitanten', 'gesprek', 'aanbod', 'aangenomen']);
    // Applicants are many: every origin's count is shown (the demo has hundreds per origin).
    const applicants = page.locator('[data-testid=flows-funnel-table] tr[data-stage=sollicitanten] td');
    for (const text of await applicants.allInnerTexts()) expect(text).toMatch(/^\d{1,3}(\.\d{3})*$/);
    expect(await page.locator('[data-testid=flows-funnel-figure] figcaption').innerText()).toBe('Werving per herkomst, 2024');
    expect(await page.locator('[data-testid=flows-rates-figure] svg.chart').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it('exports the funnel as CSV from the published table', async () => {
    await page.locator('[data-testid=flows-funnel-figure] .export .trigger').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=flows-funnel-figure] [data-export=csv-machine]').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^Fase,Totaal,/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['sollicitanten', 'gesprek', 'aanbod', 'aangenomen']);
    // What the screen hides is '.' in the file too, never a number.
    const shown = await page.locator('[data-testid=flows-funnel-table] tr[data-stage=aangenomen] td').allInnerTexts();
    const written = lines[4]!.split(',').slice(1);
    shown.forEach((text, i) => expect(written[i]).toBe(/^\d/.test(text) ? text.replace(/\./g, '') : '.'));
  });

  it('speaks English after the language is switched', async () => {
    await chooseLocale(page, 'en');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).innerText()).toBe('Flows');
    expect(await page.locator('[data-testid=flows-funnel-figure] figcaption').innerText()).toBe('Recruitment by origin, 2024');
    expect(await page.locator('[data-testid=flows-rates-figure] thead').innerText()).toContain('Rate');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says on the targets screen where this year’s intake mix leads (issue #18 item 4)', async () => {
    await page.evaluate(() => (location.hash = '#/targets'));
    await page.fill('#target-buiten-europa', '40');
    const note = page.getByTestId('flow-targets');
    await expect.poll(() => note.count(), { timeout: 60_000 }).toBe(1);
    // The demo's 2024 hires and leavers are published at the standard preset. 40% Buiten Europa is far
    // above today's 25%, while its hires are 85 of 208 (41%) and it leaves faster: not reached by the target year.
    await expect.poll(() => note.innerText(), { timeout: 30_000 }).toMatch(/With the intake mix of 2024 the share with origin Outside Europe reaches \d+\.\d% in \d{4}: short of the target of 40\.0%\./);
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

describe('the flows screen at 390 px wide', () => {
  it('does not scroll sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await open(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
