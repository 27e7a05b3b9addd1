import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import BenchmarksScreen from '../../../src/components/benchmarks/BenchmarksScreen.svelte';
import type { BenchmarkTable } from '../../../src/core/types';
import { IMPORTED_SECTOR_2024, MIGRATIE_2020, SECTOR_2024 } from '../../fixtures/benchmarks/lookupTables';
import { entryFor, renderWith } from './setup';

const BUNDLED: BenchmarkTable = { ...SECTOR_2024, title: { nl: 'Banen naar sector 2024 (illustratief)', en: 'Jobs by sector 2024 (illustrative)' } };
const IMPORTED: BenchmarkTable = { ...IMPORTED_SECTOR_2024, title: { nl: 'Banen 85477NED, 2024 (geïmporteerd)', en: 'Jobs 85477NED, 2024 (imported)' } };
const MIGRATIE: BenchmarkTable = { ...MIGRATIE_2020, title: { nl: 'Migratieachtergrond 2020', en: 'Migration background 2020' } };
const choice = () => document.querySelector<HTMLSelectElement>('#benchmark-table-choice')!;
const profile = { name: 'Test', sector: 'Q', region: '' };

async function pick(name: string): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#benchmark-file')!;
  const file = new File([readFileSync(`test/fixtures/benchmarks/${name}`)], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
}

describe('the benchmark browser', () => {
  it('offers imported tables first, then the bundled ones, and shows the chosen table with its provenance', async () => {
    await renderWith(BenchmarksScreen, { tables: [BUNDLED], imported: [IMPORTED], manifest: [entryFor(BUNDLED)] });
    expect([...choice().options].map((o) => o.textContent)).toEqual([
      'Banen 85477NED, 2024 (geïmporteerd) — geïmporteerd',
      'Banen naar sector 2024 (illustratief) — meegeleverd',
    ]);
    const browser = screen.getByTestId('benchmark-browser');
    await waitFor(() => expect(within(browser).getByTestId('provenance')).toHaveAttribute('data-kind', 'imported'));
    expect(within(browser).getByTestId('provenance').textContent).toContain('85477NED');
    // IMPORTED rows: national 71%, sector I 58%
    expect([...browser.querySelectorAll('[data-testid=benchmark-table] tbody tr td.num')].slice(0, 1).map((td) => td.textContent)).toEqual(['71,0%']);
  });

  it('labels a bundled illustrative table as illustrative, never as CBS', async () => {
    await renderWith(BenchmarksScreen, { tables: [BUNDLED], manifest: [entryFor(BUNDLED)] });
    const browser = screen.getByTestId('benchmark-browser');
    await waitFor(() => expect(within(browser).getByTestId('provenance')).toHaveAttribute('data-kind', 'illustrative'));
    const provenance = within(browser).getByTestId('provenance');
    expect(provenance.querySelector('.kind')?.textContent).toBe('illustratief');
    expect(provenance.textContent).toContain('Deze cijfers zijn illustratief en geen CBS-cijfers.');
    expect(provenance.textContent).not.toContain('CBS-cijfer ');
    // SECTOR_2024: totaal, Horeca, Landbouw
    const rows = [...browser.querySelectorAll('[data-testid=benchmark-table] tbody th')].map((th) => th.textContent);
    expect(rows).toEqual(['Totaal', 'I Horeca', 'A Landbouw, bosbouw en visserij']);
  });

  it('marks a real CBS row inside an illustrative table', async () => {
    await renderWith(BenchmarksScreen, { tables: [MIGRATIE], manifest: [entryFor(MIGRATIE)] });
    await waitFor(() => expect(screen.getByTestId('benchmark-table')).toBeInTheDocument());
    expect(screen.getByTestId('benchmark-table').querySelector('tbody .kind')?.textContent).toBe('CBS-cijfer');
  });

  it('switches tables', async () => {
    await renderWith(BenchmarksScreen, { tables: [BUNDLED, MIGRATIE], manifest: [entryFor(BUNDLED), entryFor(MIGRATIE)] });
    await fireEvent.change(choice(), { target: { value: `bundled:${MIGRATIE.id}` } });
    await waitFor(() => expect(screen.getByTestId('benchmark-table').querySelector('caption')?.textContent).toBe('Migratieachtergrond 2020'));
  });
});

describe('the benchmark import', () => {
  it('shows what could not be matched, saves on request, and the import is preferred', async () => {
    const { store, workspace } = await renderWith(BenchmarksScreen, { tables: [BUNDLED], manifest: [entryFor(BUNDLED)], profile });
    await fireEvent.change(document.querySelector('#benchmark-population')!, { target: { value: 'jobs' } });
    await pick('template.csv');
    await waitFor(() => expect(screen.getByTestId('benchmark-import-tables')).toBeInTheDocument());
    // template.csv: sector Z is not an SBI section
    const unmatched = screen.getByTestId('benchmark-unmatched');
    expect(unmatched.querySelector('[data-code="unmatched-codes"]')?.textContent).toContain('Z');
    expect((await store.listBenchmarks()).ok && (await store.listBenchmarks())).toMatchObject({ value: [] });
    // Before saving: sector Q is not in BUNDLED, so the national illustrative figure is used
    expect(workspace.benchmarks.current?.provenance.kind).toBe('illustrative');

    await fireEvent.click(screen.getByRole('button', { name: 'Tabellen opslaan (1)' }));
    await waitFor(() => expect(screen.getByTestId('benchmark-import-status').textContent).toContain('opgeslagen'));
    const saved = await store.listBenchmarks();
    expect(saved.ok && saved.value.map((t) => [t.year, t.dimensions, t.provenance.kind])).toEqual([[2024, ['sector', 'region'], 'imported']]);
    // template.csv Q: 70,5 / 9,5 / 20 -> nederland 0.705
    expect(workspace.benchmarks.current?.provenance.kind).toBe('imported');
    expect(workspace.benchmarks.current?.shares.nederland).toBeCloseTo(0.705, 10);
    expect(within(screen.getByTestId('imported-benchmarks')).getByText('template.csv, 2024 (geïmporteerd)')).toBeInTheDocument();
  });

  it('imports a StatLine CSV and reports its unmatched values', async () => {
    await renderWith(BenchmarksScreen, { tables: [BUNDLED], manifest: [entryFor(BUNDLED)] });
    await pick('statline-long-herkomst.csv');
    await waitFor(() => expect(screen.getByTestId('benchmark-unmatched')).toBeInTheDocument());
    expect(screen.getByTestId('benchmark-import-tables').textContent).toContain('99999NED');
  });

  it('refuses a file in no known format, and offers nothing to save', async () => {
    await renderWith(BenchmarksScreen, { tables: [BUNDLED], manifest: [entryFor(BUNDLED)] });
    const input = document.querySelector<HTMLInputElement>('#benchmark-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['{"a": 1}'], 'x.json')], configurable: true });
    await fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('benchmark-import-issues').querySelector('[data-code="unknown-format"]')).not.toBeNull());
    expect(screen.queryByRole('button', { name: /opslaan/i })).toBeNull();
  });

  it('deletes an imported table from the store', async () => {
    const { store, workspace } = await renderWith(BenchmarksScreen, { tables: [BUNDLED], manifest: [entryFor(BUNDLED)] });
    await workspace.benchmarks.saveImported(store, [IMPORTED]);
    await waitFor(() => expect(screen.getByTestId('imported-benchmarks')).toBeInTheDocument());
    await fireEvent.click(screen.getByRole('button', { name: 'Tabel Banen 85477NED, 2024 (geïmporteerd) verwijderen' }));
    await waitFor(() => expect(screen.queryByTestId('imported-benchmarks')).toBeNull());
    const left = await store.listBenchmarks();
    expect(left.ok && left.value).toEqual([]);
    expect(workspace.benchmarks.imported).toEqual([]);
  });
});
