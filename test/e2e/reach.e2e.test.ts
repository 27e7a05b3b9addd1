import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { axeViolations, launchChromium, watch, type PageLog } from './browser';
import { serveDist } from './server';
import { saveOnDataScreen } from './quickImport';
import { pdfPageTexts, squeezed } from './pdfText';

// Reach (issue #8), end to end against the built app: axe on every route in both languages and
// both themes; a keyboard-only run from upload to the five exports, each file checked; the print
// report with its tables, and a PDF of it.

/** The routes as the router declares them (read from its source: it is a Svelte module). */
const ROUTE_LIST = /ROUTES\s*=\s*\[([^\]]*)\]/.exec(readFileSync('src/state/router.svelte.ts', 'utf8'))?.[1] ?? '';
const ROUTES = [...ROUTE_LIST.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist('dist');
  browser = await launchChromium();
});

afterAll(async () => void (await Promise.all([browser?.close(), server?.close()])));

/** Polls as expect.poll does, with room for a first load (worker start, lazy benchmark files). */
const poll = <T>(read: () => Promise<T> | T, timeout = 20_000) => expect.poll(read, { timeout });

async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await poll(() => page.locator('main').getAttribute('data-ready')).toBe('true');
}

/** Switches the language with the header's control (the choice lives in the app's state). */
async function chooseLanguage(page: Page, locale: 'nl' | 'en'): Promise<void> {
  await page.getByRole('combobox', { name: /^(taal|language)$/i }).selectOption(locale);
  await poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
}

/** Shows a route by its hash and waits until its screen has rendered a heading. */
async function showRoute(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => (location.hash = `#/${r}`), route);
  await poll(() => page.evaluate(() => document.querySelectorAll('main h1, main h2').length)).toBeGreaterThan(0);
  await page.waitForTimeout(300); // benchmarks load lazily: let the screen settle before it is checked
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** True when the focused element draws a visible focus indicator (an outline). */
const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const style = document.activeElement ? getComputedStyle(document.activeElement) : null;
    return !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });

const bytesOf = async (download: Download): Promise<Buffer> => readFileSync((await download.path())!);

describe.each(['light', 'dark'] as const)('axe in the %s theme', (colorScheme) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ colorScheme });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each(['nl', 'en'] as const)('reports no violations on any route in %s', async (locale) => {
    await openApp(page);
    await chooseLanguage(page, locale);
    const found: string[] = [];
    for (const route of ROUTES) {
      await showRoute(page, route);
      for (const violation of await axeViolations(page)) found.push(`${route}: ${violation}`);
      for (const key of await rawKeys(page)) found.push(`${route}: message not loaded: ${key}`);
    }
    expect(found).toEqual([]);
  }, 150_000);
});

/** Message keys shown raw (⟦key⟧: their area was not loaded), in the page's text and attributes. */
const rawKeys = (page: Page) =>
  page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((e) =>
      ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, ...attributes].flatMap((text) => text.match(/⟦[^⟧]*⟧/g) ?? []);
  });

/** The language kept in IndexedDB (settings store, key 'locale'), read straight from the page. */
const storedLocale = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('barometer');
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('locale');
          get.onsuccess = () => (open.result.close(), resolve(get.result));
          get.onerror = () => resolve(undefined);
        };
        open.onerror = () => resolve(undefined);
      }),
  );

describe('messages loaded with their screens', () => {
  // Each route opened straight from its address (no screen seen before it), in both languages:
  // the screen must bring every message area it shows.
  it.each(['nl', 'en'] as const)('no route shows a raw message key when opened first, in %s', async (locale) => {
    const found: string[] = [];
    for (const route of ROUTES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (locale === 'en') {
        // The choice persists: chosen on the overview, it holds when the route is loaded afresh.
        await openApp(page);
        await chooseLanguage(page, 'en');
        await poll(() => storedLocale(page)).toBe('en');
        await page.goto('about:blank');
      }
      await openApp(page, `#/${route}`);
      await poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await poll(() => page.evaluate(() => document.querySelectorAll('main h1, main h2').length)).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      for (const key of await rawKeys(page)) found.push(`${route}: ${key}`);
      await context.close();
    }
    expect(found).toEqual([]);
  }, 150_000);
});

describe('keyboard only: upload, comparison, export', () => {
  let context: BrowserContext;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
    log = await watch(context, page);
  });
  afterAll(() => context?.close());

  /** Opens the overview's export menu from its button and takes the choice `index` (0-based) with Tab and Enter or Space. */
  async function exportChoice(index: number, key: 'Enter' | ' ' = 'Enter'): Promise<Download> {
    await tabTo(page, '[data-testid=comparison] button[aria-expanded]');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    // the menu puts focus on its first choice
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-export'))).toBe('csv-excel');
    for (let i = 0; i < index; i += 1) await page.keyboard.press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press(key)]);
    // after a choice the menu closes and focus is back on its button
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    return download;
  }

  it('reaches the file input by Tab and uploads (the native dialog cannot be driven headless)', async () => {
    await openApp(page);
    await poll(() => page.locator('#file-input').count()).toBe(1);
    await tabTo(page, '#file-input');
    await page.locator(':focus').setInputFiles({
      name: 'afdelingen.csv',
      mimeType: 'text/csv',
      buffer: readFileSync('test/fixtures/e2e/wide-counts.csv'),
    });
    await saveOnDataScreen(page, 'afdelingen.csv');
    // wide-counts.csv: Nederland 120+90+60 = 270 of 400 -> 67,5%
    await poll(() => page.locator('[data-testid=comparison] tr[data-category="nederland"] td[data-share]').innerText())
      .toBe('67,5%');
  });

  it('exports the table as CSV for Dutch Excel: BOM, semicolons, decimal comma, CRLF', async () => {
    const download = await exportChoice(0);
    expect(download.suggestedFilename()).toMatch(/-excel\.csv$/);
    const bytes = await bytesOf(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    // Nederland: 270 staff, 67,5% (270 of 400)
    expect(text.split('\r\n').some((line) => line.startsWith('Nederland;270;67,5;'))).toBe(true);
  });

  it('exports the table as CSV for software: no BOM, commas, decimal point, CRLF', async () => {
    const download = await exportChoice(1, ' ');
    expect(download.suggestedFilename()).toMatch(/-gegevens\.csv$/);
    const bytes = await bytesOf(download);
    expect(bytes[0]).not.toBe(0xef);
    const lines = bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/^Herkomst,Aantal,Aandeel \(%\),/);
    // 270 of 400 = 67.5 exactly
    expect(lines.some((line) => line.startsWith('Nederland,270,67.5,'))).toBe(true);
  });

  it('exports the table as XLSX that read-excel-file opens, numbers as numbers', async () => {
    const download = await exportChoice(2);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const [sheet] = await readXlsxFile(await bytesOf(download));
    const row = sheet!.data.find((r) => r[0] === 'Nederland');
    // count 270 and share 0.675 (shown as 67,5% by the cell's number format)
    expect(row?.slice(0, 3)).toEqual(['Nederland', 270, 0.675]);
    expect(typeof row?.[4]).toBe('number');
  });

  it('exports the chart as an SVG that parses and carries its title', async () => {
    const download = await exportChoice(3);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = (await bytesOf(download)).toString('utf8');
    const caption = await page.locator('[data-testid=comparison] figcaption').innerText();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const title = doc.querySelector('svg > title')?.textContent ?? '';
      return { error: doc.querySelector('parsererror')?.textContent ?? null, title, bars: doc.querySelectorAll('rect[fill]').length };
    }, svg);
    // parses; titled by the caption; the white frame plus one bar per category, each with an inlined colour
    expect(parsed).toMatchObject({ error: null, title: caption.trim() });
    expect(parsed.bars).toBeGreaterThanOrEqual(4);
  });

  it('exports the chart as a PNG at twice the SVG size', async () => {
    const svgDownload = await exportChoice(3);
    const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec((await bytesOf(svgDownload)).toString('utf8'))?.[1]);
    const download = await exportChoice(4);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = await bytesOf(download);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width is the big-endian 32-bit number at byte 16
    expect(png.readUInt32BE(16)).toBe(Math.round(width * 2));
  });

  it('logged no errors and no CSP violations, and stayed on its own origin', () => {
    expect(log.errors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    expect(log.requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u))).toEqual([]);
  });
});

/** Runs `body` on a page of a fresh context made with `options`, and closes the context after. */
async function withPage(options: Parameters<Browser['newContext']>[0], body: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext(options);
  try {
    await body(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('print report', () => {
  it('renders every view with its table for print, hides controls, and prints to PDF', () =>
    withPage({}, async (page) => {
      await openApp(page, '#/report');
      await poll(() => page.locator('[data-testid=report] [data-testid=comparison] rect.bar').count()).toBe(3);
      await page.emulateMedia({ media: 'print' });
      for (const id of ['report-profile', 'report-benchmark', 'report-thresholds']) {
        await poll(() => page.getByTestId(id).isVisible()).toBe(true);
      }
      const shown = (selector: string) =>
        page.evaluate((s) => [...document.querySelectorAll(s)].filter((e) => e.getBoundingClientRect().height > 0).length, selector);
      expect(await shown('[data-testid=report] table')).toBeGreaterThanOrEqual(1);
      expect(await shown('[data-testid=report] figure svg')).toBeGreaterThanOrEqual(1);
      // controls are hidden; a choice prints as text after its label (layout.e2e.test.ts)
      expect(await shown('button, nav')).toBe(0);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
    }));

  it('prints the demo’s flows: the funnel, the rates and the intake, each with its table, and their definitions', () =>
    withPage({}, async (page) => {
      await openApp(page, '#/report');
      const report = page.getByTestId('report');
      await poll(() => report.locator('[data-testid=flows-funnel-figure] svg.chart text').count(), 60_000).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      for (const id of ['flows-funnel', 'flows-rates', 'flows-intake']) {
        await poll(() => report.getByTestId(`${id}-table`).isVisible()).toBe(true);
      }
      expect(await report.getByTestId('report-appendix').innerText()).toContain('Vier-vijfderegel');
      const pages = await pdfPageTexts(await page.pdf({ format: 'A4' }));
      expect(pages.some((text) => squeezed(text).includes(squeezed('Werving per herkomst, 2024')))).toBe(true);
    }));
});

describe('reduced motion', () => {
  it('runs no animation or transition when the system asks for reduced motion', () =>
    withPage({ reducedMotion: 'reduce' }, async (page) => {
      await openApp(page);
      await poll(() => page.locator('[data-testid=comparison] button[aria-expanded]').count()).toBe(1);
      await tabTo(page, '[data-testid=comparison] button[aria-expanded]');
      await page.keyboard.press('Enter');
      const moving = await page.evaluate(() => ({
        animations: document.getAnimations().length,
        transitions: [...document.querySelectorAll('*')].filter((e) =>
          getComputedStyle(e).transitionDuration.split(',').some((d) => parseFloat(d) > 0),
        ).length,
      }));
      expect(moving).toEqual({ animations: 0, transitions: 0 });
    }));
});

describe('embed', () => {
  it('shows the overview figure alone, without navigation', () =>
    withPage({}, async (page) => {
      await openApp(page, '#/embed');
      await poll(() => page.locator('[data-testid=embed] svg rect.bar').count()).toBe(3);
      expect(await page.locator('nav').count()).toBe(0);
      expect(await page.locator('h1').count()).toBe(1);
    }));
});
