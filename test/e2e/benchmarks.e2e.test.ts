import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { axeViolations, launchChromium, watch, type PageLog } from './browser';
import { serveDist } from './server';

// Benchmarks end to end against the built app: the profile chooses the benchmark and its stated
// provenance; an imported CBS-style table is preferred over the bundled illustrative one, also
// after a reload; the browser labels illustrative tables as such.
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

const source = () => page.getByTestId('benchmark-source');
const caption = () => page.locator('[data-testid=comparison] figcaption').innerText();
const benchmarkCell = () => page.locator('[data-testid=comparison] tr[data-category="nederland"] td[data-benchmark]').innerText();
const go = (route: string) => page.evaluate((hash) => (location.hash = hash), `#/${route}`);

describe('benchmarks in Chromium', () => {
  it('shows the demo against an illustrative benchmark chosen by its profile', async () => {
    await page.goto(server.url);
    await expect.poll(() => source().getAttribute('data-kind')).toBe('illustrative');
    expect(await source().innerText()).toContain('geen CBS-cijfers');
    // Demo: sector O with 1,844 staff -> size class 500 en meer
    await expect.poll(() => caption()).toContain('500 en meer werknemers');
  });

  it('changes the benchmark and its provenance with the profile', async () => {
    const before = await benchmarkCell();
    await page.selectOption('#sector', 'I');
    await expect.poll(() => caption()).toContain('Horeca');
    await expect.poll(() => benchmarkCell()).not.toBe(before);
    expect(await source().getAttribute('data-kind')).toBe('illustrative');
    expect(await source().innerText()).toContain('telt banen van werknemers naar vestiging van de werkgever');
  });

  it('compares a province with CBS\'s real figure, says what it counts, and shows the region\'s trend', async () => {
    await page.selectOption('#region', 'PV28');
    await expect.poll(() => caption()).toContain('Zuid-Holland');
    await expect.poll(() => source().getAttribute('data-kind')).toBe('cbs');
    const text = await source().innerText();
    expect(text).toContain('echt CBS-cijfer; telt personen met werk naar woonplaats');
    expect(text).toContain('CBS, StatLine 85512NED');
    // Zuid-Holland (PV), 85512NED 2021: Nederland 67,2%
    await expect.poll(() => benchmarkCell()).toBe('67,2%');
    await expect.poll(() => page.getByTestId('benchmark-trend').count()).toBe(1);
  });

  it('offers municipalities once the region list has loaded', async () => {
    await expect.poll(() => page.locator('#region optgroup[label="Gemeenten"] option').count()).toBe(345);
    await page.selectOption('#region', 'GM:Amsterdam');
    await expect.poll(() => caption()).toContain('Amsterdam');
    // Amsterdam, 85512NED 2021: Nederland 45,5%
    await expect.poll(() => benchmarkCell()).toBe('45,5%');
    await page.selectOption('#region', 'AM19');
  });

  it('browses the bundled tables, each labelled real or modelled with what it counts', async () => {
    await go('benchmarks');
    const provenance = page.locator('[data-testid=benchmark-browser] [data-testid=provenance]');
    // newest herkomst year first, CBS's national figure of 2024 at the top
    await expect.poll(() => provenance.getAttribute('data-kind')).toBe('cbs');
    expect(await provenance.innerText()).toContain('telt personen met werk naar woonplaats');
    await page.selectOption('#benchmark-table-choice', 'bundled:herkomst-2024-sector');
    await expect.poll(() => provenance.getAttribute('data-kind')).toBe('illustrative');
    expect(await provenance.innerText()).toContain('telt banen van werknemers naar vestiging van de werkgever');
    expect(await page.locator('[data-testid=benchmark-browser] [data-testid=benchmark-table] tbody tr').count()).toBeGreaterThan(1);
  });

  it('has no accessibility violations on the benchmarks screen', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('imports the template, reports what it could not match, and saves it', async () => {
    await page.selectOption('#benchmark-population', 'jobs');
    await page.setInputFiles('#benchmark-file', {
      name: 'template.csv',
      mimeType: 'text/csv',
      buffer: readFileSync('test/fixtures/benchmarks/template.csv'),
    });
    // template.csv has sector Z, which is no SBI section
    await expect.poll(() => page.getByTestId('benchmark-unmatched').innerText()).toContain('Z');
    await page.getByRole('button', { name: /^Tabellen opslaan/ }).click();
    await expect.poll(() => page.getByTestId('imported-benchmarks').innerText()).toContain('template.csv');
  });

  it('prefers the imported table on the overview', async () => {
    await go('overview');
    // Profile: sector I, region AM19 -> the template's I × AM19 cell, Nederland 50%
    await expect.poll(() => source().getAttribute('data-kind')).toBe('imported');
    await expect.poll(() => benchmarkCell()).toBe('50,0%');
  });

  it('still prefers it after a reload (imports are read from storage)', async () => {
    await page.reload();
    await expect.poll(() => page.locator('main').getAttribute('data-ready')).toBe('true');
    // The demo's profile lives in memory only (ownData.e2e), so choose sector I and AM19 again.
    await page.selectOption('#sector', 'I');
    await page.selectOption('#region', 'AM19');
    await expect.poll(() => source().getAttribute('data-kind')).toBe('imported');
    await expect.poll(() => benchmarkCell()).toBe('50,0%');
  });

  it('falls back to the bundled table once the import is deleted', async () => {
    await go('benchmarks');
    await page.getByRole('button', { name: /template\.csv.*verwijderen/i }).click();
    await expect.poll(() => page.getByTestId('imported-benchmarks').count()).toBe(0);
    await go('overview');
    // the real regional figure of Holland Rijnland (AM19) again
    await expect.poll(() => source().getAttribute('data-kind')).toBe('cbs');
  });

  it('made requests only to its own origin and logged no errors', () => {
    const foreign = log.requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u));
    expect(foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});
