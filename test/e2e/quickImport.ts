import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * A file picked on the overview goes the one import route: the data screen opens with it, the
 * user names its source and saves it, and the overview then shows it.
 */
export async function importViaOverview(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.setInputFiles('#file-input', file);
  await saveOnDataScreen(page, file.name);
}

/** After a file was picked on the overview: the data screen's save, then back to the overview. */
export async function saveOnDataScreen(page: Page, fileName: string): Promise<void> {
  await page.waitForSelector('[data-testid=import-screen]', { timeout: 30_000 });
  await expect.poll(() => page.getByTestId('import-result').getAttribute('data-ok'), { timeout: 30_000 }).toBe('true');
  await page.selectOption('#import-meta-provenance', 'registration');
  await page.getByTestId('import-save').getByRole('button', { name: /^(Opslaan|Save)$/ }).click();
  await expect.poll(() => page.getByTestId('import-saved').innerText()).toContain(fileName.replace(/\.[^.]+$/, ''));
  await page.evaluate(() => (location.hash = '#/overview'));
  await page.waitForSelector('[data-testid=comparison]', { timeout: 30_000 });
}
