import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchChromium, watch, type PageLog } from './browser';
import { serveDist } from './server';
import { importViaOverview } from './quickImport';
import { pdfPageTexts, squeezed } from './pdfText';

// Own data, end to end against the built app: after an upload with the "Uw organisatie" step,
// the header names the organisation on every screen, and no screen, nor the printed report, shows
// the demo's profile (its name, sector O, its 1.844 staff).
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: PageLog;

const NAME = 'Waterschap Rivierenland';
const ROUTES = ['overview', 'groups', 'pipeline', 'flows', 'trends', 'targets', 'data', 'benchmarks', 'settings', 'report'];
/** What only the demo's profile shows: its name, its size (Dutch thousands dot) and its sector O. */
const DEMO_TRACES = ['Voorbeeldstad', '(demo)', '1.844', 'Openbaar bestuur'];

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

async function visit(route: string): Promise<string> {
  await page.evaluate((r) => (location.hash = `#/${r}`), route);
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('main h2').length), { timeout: 30_000 }).toBeGreaterThan(0);
  // Disclosure and benchmark loading settle before the text is read.
  await expect.poll(() => page.getByTestId('header-benchmark').innerText(), { timeout: 30_000 }).not.toContain('geladen');
  await page.waitForTimeout(300);
  return shownText();
}

/** The visible text of the page, with only the chosen option of each select (the sector list names every sector). */
function shownText(): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !parent.checkVisibility()) continue;
      const option = parent.closest('option');
      if (option && !option.selected) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
}

describe('own data never shows the demo profile', () => {
  it('shows the demo’s organisation in the header before an upload', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByTestId('demo-banner').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByTestId('header-organisation').innerText()).toContain('Voorbeeldstad');
  });

  it('asks for the organisation in the import and names it in the header', async () => {
    await importViaOverview(
      page,
      { name: 'afdelingen.csv', mimeType: 'text/csv', buffer: readFileSync('test/fixtures/e2e/wide-counts.csv') },
      { name: NAME, sector: 'E', region: 'PV26' },
    );
    await expect.poll(() => page.getByTestId('header-organisation').innerText()).toBe(NAME);
    expect(await page.getByTestId('header-benchmark').innerText()).not.toContain('Openbaar bestuur');
    // The overview's profile is the one given in the import; its headcount the file's: 170 + 130 + 100 = 400.
    expect(await page.locator('#sector').inputValue()).toBe('E');
    expect(await page.locator('#headcount').inputValue()).toBe('400');
  });

  it.each(ROUTES)('shows no trace of the demo on %s, and the organisation in the header', async (route) => {
    const text = await visit(route);
    for (const trace of DEMO_TRACES) expect(text, `${route} shows "${trace}"`).not.toContain(trace);
    expect(await page.getByTestId('header-organisation').innerText()).toBe(NAME);
  });

  // The other widths of issue #19 (the routes above ran at 1280 px): the header keeps naming the
  // organisation, and no screen falls back to the demo's profile, on a phone, a tablet and a desktop.
  it.each([390, 768, 1440])('at %i px wide too: the organisation in the header and no trace of the demo on any route', async (width) => {
    const before = page.viewportSize();
    await page.setViewportSize({ width, height: 900 });
    try {
      for (const route of ROUTES) {
        const text = await visit(route);
        for (const trace of DEMO_TRACES) expect(text, `${width} px, ${route} shows "${trace}"`).not.toContain(trace);
        expect(await page.getByTestId('header-organisation').isVisible(), `${width} px, ${route}`).toBe(true);
        expect(await page.getByTestId('header-organisation').innerText()).toBe(NAME);
      }
    } finally {
      if (before) await page.setViewportSize(before);
    }
  });

  it('prints the report with the organisation and without the demo', async () => {
    await visit('report');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.getByTestId('report-profile').isVisible()).toBe(true);
    const printed = await shownText();
    expect(printed).toContain(NAME);
    for (const trace of DEMO_TRACES) expect(printed).not.toContain(trace);
    await page.emulateMedia({ media: 'screen' });
  });

  it("puts the organisation and the key findings on the PDF's first page", async () => {
    await visit('report');
    await expect.poll(() => page.locator('[data-testid=report-findings] li').count()).toBeGreaterThan(1);
    const findings = await page.locator('[data-testid=report-findings] li').allInnerTexts();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const [first] = await pdfPageTexts(pdf);
    expect(squeezed(first!)).toContain(squeezed(NAME));
    expect(squeezed(first!)).toContain('Belangrijkstebevindingen');
    // every finding sentence, e.g. the organisation's share of one origin against its benchmark
    for (const finding of findings) expect(squeezed(first!)).toContain(squeezed(finding));
    for (const trace of DEMO_TRACES) expect(first).not.toContain(trace);
  });

  it('keeps the organisation after a reload', async () => {
    await page.reload();
    await expect.poll(() => page.getByTestId('header-organisation').innerText(), { timeout: 30_000 }).toBe(NAME);
    const text = await visit('overview');
    for (const trace of DEMO_TRACES) expect(text).not.toContain(trace);
  });

  it('logged no errors', () => {
    expect(log.errors).toEqual([]);
  });
});
