import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * A file picked on the overview goes the one import route: the data screen opens with it, the
 * user names its source and saves it, and the overview then shows it.
 */
export async function importViaOverview(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  organisation?: Organisation,
): Promise<void> {
  await page.setInputFiles('#file-input', file);
  await saveOnDataScreen(page, file.name, organisation);
}

/** What the "Uw organisatie" step is given; left out, the step keeps what it starts with. */
export interface Organisation {
  name: string;
  /** SBI section letter. */
  sector?: string;
  /** Region id, e.g. 'PV26'. */
  region?: string;
}

/**
 * After a file was picked on the overview: the data screen's steps (check, organisation, save),
 * then back to the overview.
 */
export async function saveOnDataScreen(page: Page, fileName: string, organisation?: Organisation): Promise<void> {
  await page.waitForSelector('[data-testid=import-screen]', { timeout: 30_000 });
  await expect.poll(() => page.getByTestId('import-result').getAttribute('data-ok'), { timeout: 30_000 }).toBe('true');
  await page.getByRole('button', { name: /^(Verder: Uw organisatie|Next: Your organisation)$/ }).click();
  if (organisation) {
    await page.fill('#import-org-name', organisation.name);
    if (organisation.sector !== undefined) await page.selectOption('#import-org-sector', organisation.sector);
    if (organisation.region !== undefined) await page.selectOption('#import-org-region', organisation.region);
  }
  await page.getByRole('button', { name: /^(Verder: Opslaan|Next: Save)$/ }).click();
  await page.selectOption('#import-meta-provenance', 'registration');
  await page.getByTestId('import-save').getByRole('button', { name: /^(Opslaan|Save)$/ }).click();
  await expect.poll(() => page.getByTestId('import-saved').innerText()).toContain(fileName.replace(/\.[^.]+$/, ''));
  await page.evaluate(() => (location.hash = '#/overview'));
  await page.waitForSelector('[data-testid=comparison]', { timeout: 30_000 });
}
