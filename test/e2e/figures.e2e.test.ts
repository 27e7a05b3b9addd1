import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { serveDist } from './server';

// Every view's figure in real Chromium with the demo organisation (Standard preset: groups of
// fewer than 50 hidden): chart text stays ≥ 12 px at a phone's width, and each figure's export
// menu downloads CSV (two dialects), XLSX, SVG and PNG made from the published table only.
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

const VIEWS = [
  ['overview', 'overview'],
  ['groups', 'groups'],
  ['pipeline', 'pipeline'],
  ['trends', 'trends'],
  ['targets', 'targets'],
  ['flows', 'flows-funnel'],
  ['flows', 'flows-rates'],
] as const;

async function open(page: Page, route: string, figure: string): Promise<void> {
  await page.goto(`${server.url}#/${route}`);
  await expect.poll(() => page.locator(`[data-testid=${figure}-figure] svg.chart text`).count(), { timeout: 30_000 }).toBeGreaterThan(0);
}

/** The smallest rendered size of any text in the page's charts: computed font size × the svg's scale. */
function smallestChartText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let size = Infinity;
    let text = '';
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('svg.chart'))) {
      const box = svg.viewBox.baseVal;
      const scale = box && box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1;
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        if (!t.textContent?.trim()) continue;
        const s = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (s < size) [size, text] = [s, t.textContent.trim()];
      }
    }
    return { size, text };
  });
}

describe('charts at 390 px wide', () => {
  it.each(VIEWS)('%s: every chart text is at least 12 px, drawn at its container’s width (not scaled)', async (route, figure) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await open(page, route, figure);
    const smallest = await smallestChartText(page);
    expect(smallest.size, `smallest text "${smallest.text}"`).toBeGreaterThanOrEqual(12);
    // Drawn at its container's width: the svg fills its frame at scale 1 (its viewBox is its size).
    // (Whether the page around it overflows at 390 px is the layout's concern, tested there.)
    const size = await page.locator(`[data-testid=${figure}-figure] svg.chart`).first().evaluate((s) => ({
      shown: s.getBoundingClientRect().width,
      drawn: (s as SVGSVGElement).viewBox.baseVal.width,
      frame: s.parentElement!.getBoundingClientRect().width,
    }));
    expect(Math.abs(size.shown - size.drawn)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.shown - size.frame)).toBeLessThanOrEqual(1);
    await page.close();
  });
});

describe('every view exports through its figure', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  async function exportAs(figure: string, choice: string): Promise<Download> {
    await page.locator(`[data-testid=${figure}-figure] .export .trigger`).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${figure}-figure] [data-export=${choice}]`).click()]);
    return download;
  }
  const bytes = async (d: Download) => readFileSync((await d.path())!);

  it.each(VIEWS)('%s: CSV (Excel and data), XLSX, SVG and PNG', async (route, figure) => {
    await open(page, route, figure);
    const excel = await exportAs(figure, 'csv-excel');
    expect(excel.suggestedFilename()).toMatch(/-excel\.csv$/);
    const excelBytes = await bytes(excel);
    expect([...excelBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM for Dutch Excel
    expect(excelBytes.toString('utf8')).toContain('Bron: eigen gegevens');
    const data = await exportAs(figure, 'csv-machine');
    expect(data.suggestedFilename()).toMatch(/-gegevens\.csv$/);
    const xlsx = await exportAs(figure, 'xlsx');
    expect((await bytes(xlsx)).subarray(0, 2).toString('latin1')).toBe('PK');
    const svg = await exportAs(figure, 'svg');
    expect((await bytes(svg)).toString('utf8')).toMatch(/<svg[\s\S]*<\/svg>\s*$/);
    const png = await exportAs(figure, 'png');
    expect([...(await bytes(png)).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('groups: the hidden unit stays hidden in the exported data', async () => {
    await open(page, 'groups', 'groups');
    const csv = (await bytes(await exportAs('groups', 'csv-machine'))).toString('utf8');
    // Bestuursstaf 2024 has round(38 × 1.06 × 0.30/0.35/0.25/0.10) = 12 + 14 + 10 + 4 = 40 staff,
    // fewer than the Standard preset's 50: its total and counts are '.', never a number.
    const rows = csv.split('\r\n').filter((l) => l.startsWith('Bestuursstaf,'));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split(',').slice(2, 5)).toEqual(['.', '.', '.']);
    expect(csv).not.toMatch(/^Bestuursstaf,[^,]+,40,/m);
  });
});
