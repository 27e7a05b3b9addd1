import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { axeViolations, launchChromium, watch, type PageLog } from './browser';
import { serveDist } from './server';
import { saveOnDataScreen } from './quickImport';

// Issue #7 end to end: one visit over every screen — upload, export, backup, wipe, restore, wipe —
// with every request on the app's own origin, no CSP violation, no console error, and labels that
// look like HTML rendered as text. Fixture test/fixtures/e2e-safety/xss-labels.csv.
const ROUTES = ['overview', 'groups', 'pipeline', 'trends', 'targets', 'data', 'benchmarks', 'settings', 'report', 'embed'];
const IMG_LABEL = '<img src=x onerror=alert(1)>';
const SCRIPT_LABEL = '</script><script>alert(1)</script>';
const FILE_NAME = `${IMG_LABEL}.csv`;

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: PageLog;
const dialogs: string[] = [];
let backup = '';

beforeAll(async () => {
  server = await serveDist('dist');
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  log = await watch(context, page);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ready = () => expect.poll(() => page.locator('main').getAttribute('data-ready')).toBe('true');
/** Opens a route and waits until the app is ready and the screen (loaded on demand) is there. */
const go = async (route: string) => {
  await page.goto(`${server.url}#/${route}`);
  await ready();
  await expect.poll(() => page.getByText(/^(Onderdeel wordt geladen…|Loading…)$/).count()).toBe(0);
};
/** Elements that an injected label would have created. */
const injected = () => page.evaluate(() => document.querySelectorAll('img[src="x"], main script, img[onerror]').length);
/**
 * The records left in our database, per object store; {} when there is no database of ours.
 * Opened without a version, so an existing database is read as it is and never upgraded.
 */
const ourRecords = () =>
  page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'barometer')) return {};
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('barometer');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const names = [...db.objectStoreNames];
    const counts = await Promise.all(
      names.map(
        (name) =>
          new Promise<number>((ok, fail) => {
            const request = db.transaction(name).objectStore(name).count();
            request.onsuccess = () => ok(request.result);
            request.onerror = () => fail(request.error);
          }),
      ),
    );
    db.close();
    return Object.fromEntries(names.map((name, i) => [name, counts[i]]).filter(([, count]) => count !== 0));
  });

describe('data safety in Chromium', () => {
  it('opens on the demo and visits every screen', async () => {
    await go('overview');
    await expect.poll(() => page.getByTestId('demo-banner').isVisible()).toBe(true);
    for (const route of ROUTES) await go(route);
  });

  it('uploads a file whose name and unit labels look like HTML, and shows them as text', async () => {
    await go('overview');
    await page.setInputFiles('#file-input', {
      name: FILE_NAME,
      mimeType: 'text/csv',
      buffer: readFileSync('test/fixtures/e2e-safety/xss-labels.csv'),
    });
    await saveOnDataScreen(page, FILE_NAME);
    await expect.poll(() => page.getByTestId('saved-datasets').innerText()).toContain(IMG_LABEL);
    for (const route of ROUTES) {
      await go(route);
      expect(await injected(), route).toBe(0);
    }
    // The groups screen lists the units by name: both labels appear literally, as text.
    await go('groups');
    await expect.poll(() => page.locator('main').innerText()).toContain('Gewoon');
    const groups = await page.locator('main').innerText();
    expect(groups).toContain(IMG_LABEL);
    expect(groups).toContain(SCRIPT_LABEL);
    expect(dialogs).toEqual([]);
  });

  it('exports the overview chart as SVG with the dataset name as escaped text', async () => {
    await go('overview');
    await page.getByRole('button', { name: /^Exporteren/ }).first().click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=svg]').first().click()]);
    expect(download.suggestedFilename()).not.toMatch(/[<>:"/\\|?*]/);
    const svg = await readFile((await download.path())!, 'utf8');
    expect(svg).not.toMatch(/<img|<script/i);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('downloads a backup that holds the dataset', async () => {
    await go('settings');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-make').click()]);
    expect(download.suggestedFilename()).toMatch(/^barometer-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backup = await readFile((await download.path())!, 'utf8');
    const file = JSON.parse(backup);
    expect(file.format).toBe('barometer-backup');
    expect(file.payload.datasets.map((d: { name: string }) => d.name)).toEqual([IMG_LABEL]);
  });

  it('has no accessibility violations on the settings screen, in the light and the dark theme', async () => {
    for (const theme of ['Licht', 'Donker']) {
      await page.getByRole('radio', { name: theme }).check();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme === 'Licht' ? 'light' : 'dark');
      expect(await axeViolations(page), theme).toEqual([]);
    }
    await page.getByRole('radio', { name: 'Zoals het systeem' }).check();
  });

  it('wipes everything and returns to the first visit: the demo, nothing saved', async () => {
    await page.getByTestId('wipe-ask').click();
    await Promise.all([page.waitForEvent('load'), page.getByTestId('wipe-confirm').click()]);
    await ready();
    await go('overview');
    await expect.poll(() => page.getByTestId('demo-banner').isVisible()).toBe(true);
    expect(await page.getByTestId('saved-datasets').count()).toBe(0);
  });

  it('restores the backup: a preview first, then the dataset is back', async () => {
    await go('settings');
    await page.setInputFiles('#restore-file', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect.poll(() => page.getByTestId('restore-preview').innerText()).toContain(IMG_LABEL);
    await Promise.all([page.waitForEvent('load'), page.getByTestId('restore-confirm').click()]);
    await ready();
    await go('overview');
    await expect.poll(() => page.getByTestId('saved-datasets').innerText()).toContain(IMG_LABEL);
    expect(await injected()).toBe(0);
  });

  it('refuses a changed backup and changes nothing', async () => {
    await go('settings');
    const tampered = backup.replace('"total": 200', '"total": 201');
    expect(tampered).not.toBe(backup);
    await page.setInputFiles('#restore-file', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(tampered) });
    await expect.poll(() => page.getByTestId('restore-status').getAttribute('data-state')).toBe('rejected');
    expect(await page.locator('[data-problem="hash-mismatch"]').count()).toBe(1);
  });

  // Issue #7: after a wipe, indexedDB.databases() lists none of ours. The reload after the wipe
  // opens the store again, but a store creates its database only on the first write.
  it('wipes again: nothing of ours is left and the demo is back', async () => {
    await page.getByTestId('wipe-ask').click();
    await Promise.all([page.waitForEvent('load'), page.getByTestId('wipe-confirm').click()]);
    await ready();
    await go('overview');
    await expect.poll(() => page.getByTestId('demo-banner').isVisible()).toBe(true);
    expect(await page.getByTestId('saved-datasets').count()).toBe(0);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('barometer');
    expect(await ourRecords()).toEqual({});
  });

  it('made requests only to its own origin, with no CSP violation, console error or dialog', () => {
    expect(log.requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
