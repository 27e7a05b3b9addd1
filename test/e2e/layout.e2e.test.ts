import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { axeViolations, launchChromium } from './browser';
import { serveDist } from './server';
import { pdfPageTexts, squeezed } from './pdfText';

// Issue #19, items 3, 4 and 7 against the built app: no route widens the page at any width from
// 360 to 1920 px, in either language (wide tables scroll in their own box); axe finds nothing at phone width in the
// light and the dark theme (the NL Design System theme's contrast included); the printed report
// opens with the organisation and the key findings on page 1 (laid out, and read back from the
// PDF), without the app's chrome. A wide import file scrolls inside the import's own table boxes.

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

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });

async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await poll(() => page.locator('main').getAttribute('data-ready')).toBe('true');
}

async function showRoute(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => (location.hash = `#/${r}`), route);
  await poll(() => page.evaluate(() => document.querySelectorAll('main h1, main h2').length)).toBeGreaterThan(0);
  await page.waitForTimeout(400); // benchmarks load lazily: let the screen settle before it is measured
}

/** How far the page scrolls sideways, and the outermost elements that stick out past its right edge. */
function measureOverflow(page: Page): Promise<{ overflow: number; culprits: Array<{ tag: string; text: string }> }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const edge = root.clientWidth + 1;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => {
        const box = e.getBoundingClientRect();
        const parent = e.parentElement?.getBoundingClientRect();
        return box.width > 0 && box.right > edge && (!parent || parent.right <= edge);
      })
      .map((e) => ({ tag: e.tagName.toLowerCase(), text: (e.textContent ?? '').slice(0, 40) }));
    return { overflow: root.scrollWidth - root.clientWidth, culprits };
  });
}

/** Switches the language with the header's control (the choice lives in the app's state). */
async function chooseLocale(page: Page, locale: 'nl' | 'en'): Promise<void> {
  await page.getByRole('combobox', { name: /^(taal|language)$/i }).selectOption(locale);
  await poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
}

// From the narrowest phone the issue names (360 px) to a full-HD desktop, in both languages (English
// labels are longer in places, Dutch words longer in others).
describe.each([360, 390, 768, 1280, 1440, 1920])('at %i px wide', (width) => {
  it('no route scrolls the page sideways, in Dutch or in English', async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    try {
      const page = await context.newPage();
      await openApp(page);
      const found: string[] = [];
      for (const locale of ['nl', 'en'] as const) {
        await showRoute(page, 'overview'); // the embed view, shown last, has no header
        await chooseLocale(page, locale);
        for (const route of ROUTES) {
          await showRoute(page, route);
          const { overflow, culprits } = await measureOverflow(page);
          if (overflow > 0) found.push(`${locale} ${route}: +${overflow}px ${JSON.stringify(culprits)}`);
        }
      }
      expect(found).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('table scroll boxes', () => {
  it('scroll a wide table inside the box, keep its first column in view, and take keyboard focus', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    try {
      const page = await context.newPage();
      await openApp(page, '#/benchmarks');
      const box = page.locator('.table-scroll', { has: page.getByTestId('benchmark-table') });
      await poll(() => box.count()).toBe(1);
      const state = await box.evaluate((e) => ({
        wider: e.scrollWidth > e.clientWidth,
        pageFits: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        name: document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
        role: e.getAttribute('role'),
        tabIndex: (e as HTMLElement).tabIndex,
      }));
      expect(state).toMatchObject({ wider: true, pageFits: true, role: 'region', tabIndex: 0 });
      expect(state.name.length).toBeGreaterThan(0);
      // scrolled 200 px to the right, the first cell of a row stays at the box's left edge
      const firstCellLeft = await box.evaluate((e) => {
        e.scrollLeft = 200;
        const boxLeft = e.getBoundingClientRect().left;
        const cell = e.querySelector('tbody tr > :first-child')!;
        return Math.round(cell.getBoundingClientRect().left - boxLeft);
      });
      expect(firstCellLeft).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('a wide import at 360 px', () => {
  // 16 columns (Afdeling, Herkomst, 2011–2024) and a 48-character unit name: wider than any phone.
  const file = { name: 'wide-many-years.csv', mimeType: 'text/csv', buffer: readFileSync('test/fixtures/import/wide-many-years.csv') };

  /** A scroll box: how much wider its table is, and where the first cell of a body row sits, scrolled 200 px. */
  const inspect = (page: Page, box: string) =>
    page.locator(box).evaluate((box) => {
      const cell = box.querySelector('tbody tr > :first-child')!;
      const wider = box.scrollWidth - box.clientWidth;
      box.scrollLeft = 200;
      return {
        wider,
        position: getComputedStyle(cell).position,
        left: Math.round(cell.getBoundingClientRect().left - box.getBoundingClientRect().left - box.clientLeft), // inside its border
        role: box.getAttribute('role'),
        tabIndex: (box as HTMLElement).tabIndex,
      };
    });

  it('scrolls the preview, the column mapping and the typed table in their own boxes, first column sticky; the page never', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
    try {
      const page = await context.newPage();
      await openApp(page, '#/data');
      await page.getByRole('tab', { name: 'Bestand kiezen' }).click();
      await page.setInputFiles('#import-file', file);
      await poll(() => page.getByTestId('import-result').getAttribute('data-ok')).toBe('true');
      await poll(() => page.getByTestId('preview-grid').count()).toBe(1);
      expect((await measureOverflow(page)).overflow).toBe(0);
      // the grid is far wider than its box (16 columns in 360 px); scrolled, its row numbers stay at the left edge
      const grid = await inspect(page, '[data-testid=preview-grid] .table-scroll');
      expect(grid.wider).toBeGreaterThan(200);
      expect(grid).toMatchObject({ position: 'sticky', left: 0, role: 'region', tabIndex: 0 });
      const mapping = await inspect(page, '[data-testid=import-mapping] .table-scroll');
      expect(mapping).toMatchObject({ position: 'sticky', role: 'region', tabIndex: 0 });
      expect((await measureOverflow(page)).overflow).toBe(0);

      await page.getByRole('tab', { name: 'Intypen' }).click();
      await poll(() => page.getByTestId('typed-table').count()).toBe(1);
      expect(await inspect(page, '.table-scroll:has([data-testid=typed-table])')).toMatchObject({ position: 'sticky', left: 0, role: 'region', tabIndex: 0 });
      expect((await measureOverflow(page)).overflow).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('axe at 390 px in the %s theme', (colorScheme) => {
  it('reports no violations on any route', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, colorScheme });
    try {
      const page = await context.newPage();
      await openApp(page);
      const found: string[] = [];
      for (const route of ROUTES) {
        await showRoute(page, route);
        for (const violation of await axeViolations(page)) found.push(`${route}: ${violation}`);
      }
      expect(found).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('NL Design System theme', () => {
  it('styles plain elements from the theme tokens, and the app variables follow the tokens', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    try {
      const page = await context.newPage();
      await openApp(page);
      const seen = await page.evaluate(() => {
        const root = document.documentElement;
        const style = getComputedStyle(root);
        return {
          classes: root.className,
          bg: style.getPropertyValue('--bg').trim(),
          token: style.getPropertyValue('--utrecht-document-background-color').trim(),
          body: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(seen.classes).toContain('barometer-theme');
      expect(seen.classes).toContain('utrecht-html');
      // the dark palette's background #121417 = rgb(18, 20, 23), reached through the NLDS token
      expect(seen.body).toBe('rgb(18, 20, 23)');
      expect(seen.bg).toBe(seen.token);
    } finally {
      await context.close();
    }
  });
});

describe('the printed report', () => {
  // A4 with the report's @page margins (15 mm top, 18 mm bottom, 12 mm each side):
  // content 186 mm × 264 mm = 703 × 998 CSS px (96 px per 25.4 mm).
  const PAGE = { width: 703, height: 998 };

  it('has the organisation and the key findings on page 1, the views after, and no app chrome', async () => {
    const context = await browser.newContext({ viewport: { width: PAGE.width, height: PAGE.height } });
    try {
      const page = await context.newPage();
      await openApp(page, '#/report');
      await poll(() => page.locator('[data-testid=report-findings] li').count()).toBeGreaterThan(1);
      await page.emulateMedia({ media: 'print' });
      const layout = await page.evaluate(() => {
        const bottom = (s: string) => document.querySelector(s)!.getBoundingClientRect().bottom + scrollY;
        const top = (s: string) => document.querySelector(s)!.getBoundingClientRect().top + scrollY;
        const visible = (s: string) => [...document.querySelectorAll(s)].filter((e) => e.getBoundingClientRect().height > 0).length;
        return {
          organisation: document.querySelector('[data-testid=report-organisation]')!.textContent,
          organisationTop: top('[data-testid=report-organisation]'),
          findingsBottom: bottom('[data-testid=report-findings]'),
          firstViewBreak: getComputedStyle(document.querySelector('.report-view')!).breakBefore,
          // a sortable column's head is a button, printed as the column's name
          chrome: visible('#app > header, nav, [data-testid=demo-banner], button:not(th button)'),
          widest: Math.max(...[...document.querySelectorAll('[data-testid=report] *')].map((e) => e.getBoundingClientRect().right)),
        };
      });
      expect(layout.organisation).toBe('Gemeente Voorbeeldstad (demo)');
      expect(layout.organisationTop).toBeLessThan(200);
      expect(layout.findingsBottom).toBeLessThan(PAGE.height);
      expect(layout.firstViewBreak).toBe('page');
      expect(layout.chrome).toBe(0);
      // nothing is cut at the right edge of A4
      expect(layout.widest).toBeLessThanOrEqual(PAGE.width + 1);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // A4 as the report's @page asks: 595 × 842 points
      const box = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
      expect(Math.round(Number(box?.[1]))).toBe(595);
      expect(Math.round(Number(box?.[2]))).toBe(842);
      // what the PDF's first page says: the organisation, the findings' heading, every finding
      const findings = await page.locator('[data-testid=report-findings] li').allInnerTexts();
      const [first, second] = await pdfPageTexts(pdf);
      expect(squeezed(first!)).toContain(squeezed('Gemeente Voorbeeldstad (demo)'));
      expect(squeezed(first!)).toContain('Belangrijkstebevindingen');
      for (const finding of findings) expect(squeezed(first!)).toContain(squeezed(finding));
      // and the views begin on the next page (the first view breaks before it)
      expect(squeezed(second ?? '')).not.toContain('Belangrijkstebevindingen');
    } finally {
      await context.close();
    }
  });

  it('prints a choice as text after its label', async () => {
    const context = await browser.newContext({ viewport: { width: PAGE.width, height: PAGE.height } });
    try {
      const page = await context.newPage();
      await openApp(page, '#/report');
      await poll(() => page.locator('[data-testid=report] select').count()).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      const selects = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid=report] select')].map((s) => {
          const style = getComputedStyle(s);
          return { shown: s.getBoundingClientRect().height > 0, border: style.borderTopWidth, appearance: style.appearance };
        }),
      );
      for (const s of selects) expect(s).toEqual({ shown: true, border: '0px', appearance: 'none' });
    } finally {
      await context.close();
    }
  });
});
