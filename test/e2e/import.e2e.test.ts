import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, launchChromium, watch, type PageLog } from './browser';
import { serveDist } from './server';

// The import screen end to end against the built app: every shared sample through the real
// screen and worker, the refusal storing nothing, overrides, the issue link, typed figures,
// template downloads, and progress with cancel on a ~30 MB generated file.
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  server = await serveDist(process.env.IMPORT_E2E_DIST ?? 'dist');
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  log = await watch(context, page);
  await page.goto(`${server.url}#/data`);
  await page.waitForSelector('main[data-ready="true"]');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sample = (name: string) => readFileSync(`test/fixtures/e2e/${name}`);

/** Opens one of the ways in (the tabs of the first step). */
async function tab(name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

async function upload(name: string, buffer: Buffer): Promise<void> {
  await tab('Bestand kiezen');
  await page.setInputFiles('#import-file', { name, mimeType: name.endsWith('.xlsx') ? 'application/octet-stream' : 'text/csv', buffer });
}

/** Waits for the report of the latest run (ok or not). */
async function reportShown(ok: boolean): Promise<void> {
  await expect.poll(() => page.getByTestId('import-result').getAttribute('data-ok'), { timeout: 20_000 }).toBe(String(ok));
  await expect.poll(() => page.locator('[data-testid=import-progress] p').count()).toBe(0);
  await expect.poll(() => page.getByTestId('import-result').getAttribute('data-stage')).toBe('2');
}

/** Every saved dataset record, read straight from IndexedDB. */
function storedDatasets(): Promise<Array<{ id: string; name: string; dataset: { groups: Array<{ key: Record<string, string>; total: number; counts: Record<string, number> }>; meta?: Record<string, unknown> } }>> {
  return page.evaluate(
    async () =>
      // The app creates its database only on the first save: never create it from here.
      !(await indexedDB.databases()).some((d) => d.name === 'barometer')
        ? []
        : new Promise((resolve, reject) => {
        const request = indexedDB.open('barometer');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('datasets').objectStore('datasets').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
        };
      }),
  );
}

/** How many published tables IndexedDB keeps for the saved dataset `id`. */
function keptTablesOf(id: string): Promise<number> {
  return page.evaluate(
    (datasetId) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('barometer');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('published').objectStore('published').index('datasetId').count(datasetId);
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
    id,
  );
}

async function save(name: string, provenance: string): Promise<void> {
  await page.fill('#import-meta-name', name);
  await page.selectOption('#import-meta-provenance', provenance);
  await page.getByTestId('import-save').getByRole('button', { name: 'Opslaan' }).click();
  await expect.poll(() => page.getByTestId('import-saved').innerText()).toContain(name);
}

describe('the import screen in Chromium', () => {
  it('refuses the per-person sample with an explanation, and stores nothing', async () => {
    await upload('REFUSE-person-level.csv', sample('REFUSE-person-level.csv'));
    await reportShown(false);
    expect(await page.getByTestId('import-refused').innerText()).toContain('Dit bestand wordt niet ingelezen');
    const issues = await page.getByTestId('import-issues').innerText();
    expect(issues).toContain('Personeelsnummer');
    expect(issues).toContain('draaitabel');
    expect(await page.getByTestId('import-save').count()).toBe(0);
    expect(await storedDatasets()).toEqual([]);
    await page.goto(`${server.url}#/overview`);
    await expect.poll(() => page.locator('main').getAttribute('data-ready')).toBe('true');
    expect(await page.getByTestId('saved-datasets').count()).toBe(0);
    await page.goto(`${server.url}#/data`);
  });

  it('loads the CBS barometer output (BOM, CRLF, decimal comma) as percentages × headcount', async () => {
    await upload('cbs-barometer-output.csv', sample('cbs-barometer-output.csv'));
    await reportShown(true);
    expect(await page.locator('#import-override-shape option:checked').innerText()).toContain('percentages');
    expect(await page.locator('#import-override-decimal option:checked').innerText()).toContain('komma');
    // Totaal organisatie is a totals row, never a group: 3 groups.
    expect(await page.getByTestId('import-summary').innerText()).toContain('3 groepen');
    await save('CBS barometer 2024', 'cbs-barometer');
    const [record] = await storedDatasets();
    expect(record?.dataset.meta).toMatchObject({ name: 'CBS barometer 2024', provenance: 'cbs-barometer', fromPercentages: true });
    // Schaal 1-7: 820 × 63,0% = 516,6 Nederland, unrounded.
    const schaal = record?.dataset.groups.find((g) => g.key.subgroep === 'Schaal 1-7');
    expect(schaal?.total).toBe(820);
    expect(schaal?.counts.nederland).toBeCloseTo(516.6, 9);
  });

  it('loads the CBS barometer workbook: the sheet with the table found, percent cells as shares', async () => {
    await upload('barometer.xlsx', readFileSync('test/fixtures/import/cbs-barometer.xlsx'));
    await reportShown(true);
    // the notes tab comes first; the figures are on the second sheet
    expect(await page.locator('#import-sheet option:checked').innerText()).toBe('Salarisschaal');
    expect(await page.getByTestId('import-summary').innerText()).toContain('3 groepen');
    await save('Barometer werkboek', 'cbs-barometer');
    const record = (await storedDatasets()).find((r) => r.name === 'Barometer werkboek');
    // Schaal 1-7: 820 × 63,0% (stored as 0.63 with a percent format) = 516,6
    const schaal = record?.dataset.groups.find((g) => g.key.subgroep === 'Schaal 1-7');
    expect(schaal?.counts.nederland).toBeCloseTo(516.6, 9);
    expect(record?.dataset.meta).toMatchObject({ sheet: 'Salarisschaal', fromPercentages: true });
  });

  it('loads the long counts sample with three dimensions', async () => {
    await upload('long-counts.csv', sample('long-counts.csv'));
    await reportShown(true);
    // 2 years × 3 directies × 3 levels = 18 groups
    expect(await page.getByTestId('import-summary').innerText()).toContain('18 groepen');
    expect(await page.getByLabel('Betekenis van kolom Jaar').inputValue()).toBe('dim:jaar');
    expect(await page.getByLabel('Betekenis van kolom Aantal').inputValue()).toBe('count');
    await save('Lange tabel', 'registration');
    const record = (await storedDatasets()).find((r) => r.name === 'Lange tabel');
    const group = record?.dataset.groups.find((g) => g.key.jaar === '2023' && g.key.directie === 'Klantenservice' && g.key.functieniveau === 'Uitvoerend');
    // 63 + 166 + 260 = 489
    expect(group).toMatchObject({ total: 489, counts: { nederland: 63, europa: 166, 'buiten-europa': 260 } });
    // Shown once saved: its audited table is kept in IndexedDB for the whole dataset and for each
    // of its years (the cache by content: an edited year is then the only one audited again).
    await expect.poll(() => keptTablesOf(record!.id), { timeout: 20_000 }).toBe(3);
  });

  it('loads the legacy Windows-1252 wide sample in the legacy scheme', async () => {
    await upload('legacy-wide.csv', sample('legacy-wide.csv'));
    await reportShown(true);
    expect(await page.locator('#import-override-encoding option:checked').innerText()).toContain('windows-1252');
    expect(await page.getByTestId('preview-grid').innerText()).toContain('Kantoor Curaçao');
    expect(await page.getByTestId('import-summary').innerText()).toContain('migratieachtergrond');
    await save('Vestigingen', 'survey');
    const record = (await storedDatasets()).find((r) => r.name === 'Vestigingen');
    // Den Haag: 245 + 71 + 68 = 384 (the Totaal column agrees)
    expect(record?.dataset.groups.find((g) => g.key.vestiging === 'Den Haag')).toMatchObject({
      total: 384, counts: { nederlands: 245, westers: 71, 'niet-westers': 68 },
    });
    // three samples and the barometer workbook
    expect(await storedDatasets()).toHaveLength(4);
  });

  it('audits the years of a large dataset at once, on a worker per core, and keeps each year', async () => {
    // 2 years × 100 directies × 25 levels = 5,000 groups (from 5,000 the client audits years at
    // once), cells of 0..39 so that many are hidden and the audit has work to do.
    const rows = ['Jaar;Directie;Functieniveau;Herkomst;Aantal'];
    for (const year of [2023, 2024]) {
      for (let d = 0; d < 100; d++) {
        for (let l = 0; l < 25; l++) {
          ['Nederland', 'Europa', 'Buiten Europa'].forEach((origin, o) => rows.push(`${year};Directie ${d};Niveau ${l};${origin};${(d * 7 + l * 3 + o * 5 + year) % 40}`));
        }
      }
    }
    // The helpers end when their years are done; the publish worker itself stays.
    const ended: string[] = [];
    page.on('worker', (worker) => worker.on('close', () => ended.push(worker.url())));
    await upload('groot.csv', Buffer.from(rows.join('\n')));
    await reportShown(true);
    expect(await page.getByTestId('import-summary').innerText()).toMatch(/5\.000 groepen/);
    await save('Grote tabel', 'registration');
    const record = (await storedDatasets()).find((r) => r.name === 'Grote tabel');
    // The whole table and each year, each audited once.
    await expect.poll(() => keptTablesOf(record!.id), { timeout: 60_000 }).toBe(3);
    // With two or more cores a helper took one of the years (the publish worker the other) and ended.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await expect.poll(() => ended.filter((url) => url.includes('publish')).length >= 1).toBe(cores >= 2);
  });

  it('re-runs with an override and links an issue to its row in the preview', async () => {
    await upload('long-counts.csv', sample('long-counts.csv'));
    await reportShown(true);
    await page.selectOption('#import-override-delimiter', ',');
    await reportShown(false);
    expect(await page.getByTestId('import-issues').locator('[data-code="no-origin-columns"]').count()).toBe(1);
    await page.selectOption('#import-override-delimiter', '');
    await reportShown(true);

    // Header + 80 units; unit 70 (row 71, past the first 50 rows) has a negative count.
    const lines = ['Afdeling;Nederland;Europa;Buiten Europa'];
    for (let u = 1; u <= 80; u++) lines.push(`U${u};10;${u === 70 ? -1 : 2};3`);
    await tab('Plakken');
    await page.fill('#import-paste', lines.join('\n'));
    await page.getByRole('button', { name: 'Geplakte tabel inlezen' }).click();
    await reportShown(false);
    await page.getByTestId('import-issues').getByRole('button', { name: 'rij 71, kolom Europa' }).click();
    const row = page.locator('[data-testid=preview-grid] tr[data-row="71"]');
    await expect.poll(() => row.getAttribute('class')).toContain('highlight');
    expect(await row.isVisible()).toBe(true);
    expect(await row.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('reads typed figures and offers the templates as downloads', async () => {
    await tab('Intypen');
    const form = page.getByRole('form', { name: 'Zelf invullen' });
    await form.getByLabel('Naam van groep 1').fill('Zorg');
    await form.getByLabel('Nederland in groep 1').fill('12');
    await form.getByLabel('Europa (excl. Nederland) in groep 1').fill('3');
    await form.getByLabel('Buiten Europa in groep 1').fill('5');
    await form.getByRole('button', { name: 'Ingevulde aantallen controleren' }).click();
    await reportShown(true);
    expect(await page.getByTestId('import-summary').innerText()).toContain('1 groepen');

    await tab('Sjablonen');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=import-templates] a[data-shape="long"][data-locale="nl"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('barometer-sjabloon-lange-tabel.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\ufeffJaar;Afdeling;Herkomst;Aantal\r\n')).toBe(true);
  });

  it('does not overflow horizontally at 390, 768, 1280 and 1440 px, on any step', async () => {
    await upload('long-counts.csv', sample('long-counts.csv'));
    await reportShown(true);
    const before = page.viewportSize();
    const overflow = () =>
      page.evaluate(() => {
        // Wide tables scroll inside their own box; neither the page nor the import section may.
        const screen = document.querySelector<HTMLElement>('[data-testid=import-screen]')!;
        const root = document.documentElement;
        return { page: root.scrollWidth - root.clientWidth, screen: screen.scrollWidth - screen.clientWidth };
      });
    for (const width of [390, 768, 1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      for (const way of ['Bestand kiezen', 'Plakken', 'Intypen', 'Sjablonen']) {
        await tab(way);
        expect(await overflow(), `${width} px, ${way}`).toEqual({ page: 0, screen: 0 });
      }
    }
    if (before) await page.setViewportSize(before);
  });

  it('has no accessibility violations with a report on screen', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a progress bar for a ~30 MB file and cancel stops it without storing anything', async () => {
    const before = (await storedDatasets()).length;
    // Generated in memory; handed over by path, since sending 30 MB through the protocol is slow.
    const dir = mkdtempSync(join(tmpdir(), 'barometer-import-'));
    const path = join(dir, 'groot.csv');
    writeFileSync(path, bigLongFile(30e6));
    await tab('Bestand kiezen');
    await page.setInputFiles('#import-file', path);
    rmSync(dir, { recursive: true });
    const bar = page.getByRole('progressbar', { name: 'Voortgang van het inlezen' });
    await expect.poll(() => bar.isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Inlezen afbreken' }).click();
    await expect.poll(() => page.getByTestId('import-progress').innerText()).toContain('Het inlezen is afgebroken');
    expect(await bar.count()).toBe(0);
    // A terminated worker answers nothing: no report turns up.
    await page.waitForTimeout(1500);
    expect(await page.getByTestId('import-result').count()).toBe(0);
    expect((await storedDatasets()).length).toBe(before);
  });

  it('made requests only to its own origin and logged no errors', () => {
    const foreign = log.requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u));
    expect(foreign).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});

/** A long-format aggregate file of about `bytes` bytes: year × unit × level × 3 origins. */
function bigLongFile(bytes: number): Buffer {
  const origins = ['Nederland', 'Europa', 'Buiten Europa'];
  const parts = ['Jaar;Afdeling;Functieniveau;Herkomst;Aantal\r\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const g = Math.floor(i / 3);
    const line = `${2020 + (g % 5)};Afdeling ${Math.floor(g / 50)};Niveau ${Math.floor(g / 5) % 10};${origins[i % 3]};${(i * 7919) % 400}\r\n`;
    parts.push(line);
    size += line.length;
  }
  return Buffer.from(parts.join(''), 'latin1');
}
