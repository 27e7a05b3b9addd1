import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import BenchmarksScreen from '../../../src/components/benchmarks/BenchmarksScreen.svelte';
import RegionTrendHost from './RegionTrendHost.svelte';
import { renderWith } from './setup';

// Real bytes: twelve rows of 86008NED copied unmodified from data/cbs/origin/ (Totaal and Nederland for
// Nederland, Drenthe (AM) and Groot Amsterdam (AM), 2022 and 2023).
const FILE = '86008NED-excerpt.csv';

async function pickExcerpt(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#benchmark-file')!;
  Object.defineProperty(input, 'files', { value: [new File([readFileSync(`test/fixtures/benchmarks/${FILE}`)], FILE)], configurable: true });
  await fireEvent.change(input);
}

describe('importing a 86008NED download (Totaal and Nederland only)', () => {
  it('is offered as the trend of the share not of Dutch origin, saved on request, and listed as imported', async () => {
    const { store, workspace } = await renderWith(BenchmarksScreen);
    await pickExcerpt();
    const found = await screen.findByTestId('benchmark-import-trend');
    expect(found.querySelector('.kind')?.getAttribute('data-kind')).toBe('imported');
    // three regions ('' for Nederland, AM03, AM18), years 2022–2023, persons
    expect(found.textContent).toContain("2022–2023, 3 regio's, telt personen. Alleen totaal en herkomst Nederland: geen benchmark om mee te vergelijken");
    expect(found.textContent).toContain('CBS StatLine 86008NED');
    expect(screen.getByTestId('benchmark-import-issues').querySelector('[data-code="two-way-trend"]')).not.toBeNull();

    await fireEvent.click(screen.getByRole('button', { name: 'Tabellen opslaan (1)' }));
    await waitFor(() => expect(screen.getByTestId('benchmark-import-status').textContent).toContain('opgeslagen'));
    const saved = await store.loadSetting<{ regions: Record<string, Array<number | null>> }>('importedOriginTrend');
    // Groot Amsterdam 2023: (748,120 − 364,930) ÷ 748,120 = 383,190 ÷ 748,120 = 0.51220 (known answer 51.2%)
    expect(saved.ok && saved.value?.regions.AM18?.[1]).toBeCloseTo(0.5122, 4);
    // Drenthe 2023: (144,660 − 129,730) ÷ 144,660 = 0.10321 (known answer 10.3%)
    expect(saved.ok && saved.value?.regions.AM03?.[1]).toBeCloseTo(0.10321, 5);
    // no three-way table was stored: nothing to compare with
    expect((await store.listBenchmarks()).ok && (await store.listBenchmarks())).toMatchObject({ value: [] });
    expect(workspace.benchmarks.importedTrend?.years).toEqual([2022, 2023]);
    const listed = within(screen.getByTestId('imported-benchmarks'));
    expect(listed.getByText('Trend (geïmporteerd)', { exact: false })).toBeInTheDocument();

    // deleting it removes the setting
    await fireEvent.click(listed.getByRole('button', { name: /verwijderen/ }));
    await waitFor(() => expect(workspace.benchmarks.importedTrend).toBeNull());
    const left = await store.loadSetting('importedOriginTrend');
    expect(left.ok && left.value).toBeNull();
  });

  it("is shown as the benchmark's trend, marked imported, before the bundled one", async () => {
    const { workspace } = await renderWith(RegionTrendHost);
    workspace.benchmarks.importedTrend = {
      id: 't', tableId: '86008NED', title: { nl: 'Trend', en: 'Trend' }, population: 'persons', years: [2022, 2023],
      regions: { AM18: [0.48886, 0.5122] },
      provenance: { kind: 'imported', source: 'CBS StatLine 86008NED (geïmporteerd uit 86008NED-excerpt.csv)' },
    };
    const table = await screen.findByTestId('benchmark-trend');
    expect(table).toHaveAttribute('data-kind', 'imported');
    expect(table.querySelector('caption')?.textContent).toContain('geïmporteerd uit 86008NED-excerpt.csv');
    // 0.48886 → 48,9%; 0.5122 → 51,2%
    expect([...table.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['2022', '2023', '48,9%', '51,2%']);
  });
});
