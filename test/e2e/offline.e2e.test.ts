import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchChromium, watch } from './browser';
import { serveDist } from './server';
import { saveOnDataScreen } from './quickImport';

// Offline use: the hosted build works again with the network gone after one visit (service
// worker), and the single-file build works when opened from disk.
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('reloads the hosted build offline after one visit', async () => {
    const server = await serveDist('dist');
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      await page.evaluate(async () => {
        await navigator.serviceWorker.register('./sw.js');
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await server.close();
      await context.setOffline(true);
      await page.reload();
      await expect.poll(() => page.locator('[data-testid=comparison] rect.bar').count(), { timeout: 30_000 }).toBe(3);
      await expect.poll(() => page.getByTestId('benchmark-source').isVisible()).toBe(true);
    } finally {
      await context.close();
      await server.close().catch(() => undefined);
    }
  });

  it('works from file:// in the single-file build: inlined benchmarks and workers, CSP, data kept across a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = await watch(context, page);
    const url = pathToFileURL(resolve('dist-single/index.html')).href;
    await page.goto(url);
    await expect.poll(() => page.locator('[data-testid=comparison] rect.bar').count(), { timeout: 30_000 }).toBe(3);
    await expect.poll(() => page.getByTestId('benchmark-source').getAttribute('data-kind')).toBe('illustrative');

    // An upload goes through the inlined worker and is kept in IndexedDB across a reload.
    await page.setInputFiles('#file-input', {
      name: 'afdelingen.csv',
      mimeType: 'text/csv',
      buffer: readFileSync('test/fixtures/e2e/wide-counts.csv'),
    });
    await saveOnDataScreen(page, 'afdelingen.csv');
    // wide-counts.csv: Nederland 120+90+60 = 270 of 400 -> 67,5%
    const nederland = page.locator('[data-testid=comparison] tr[data-category="nederland"]');
    await expect.poll(() => nederland.innerText(), { timeout: 30_000 }).toContain('67,5%');
    await page.reload();
    await expect.poll(() => page.getByTestId('saved-datasets').innerText(), { timeout: 30_000 }).toContain('afdelingen');
    await expect.poll(() => nederland.innerText(), { timeout: 30_000 }).toContain('67,5%');

    expect(log.cspViolations).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.requests.filter((u) => u !== url && !/^(data|blob):/.test(u))).toEqual([]);
    await context.close();
  });
});
