import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../src/core/types';
import { loadMessages } from '../../../src/i18n/translate';
import { renderScreen } from './setup';

// The staff the flows of test/fixtures/flows/with-stocks.csv belong to: two units, 2023 and 2024.
const group = (jaar: string, afdeling: string, nederland: number, europa: number, buiten: number) => ({
  key: { jaar, afdeling },
  total: nederland + europa + buiten,
  counts: { nederland, europa, 'buiten-europa': buiten },
});
const dataset: Dataset = {
  scheme: 'herkomst',
  dimensions: ['jaar', 'afdeling'],
  groups: [group('2023', 'Zorg', 70, 15, 15), group('2024', 'Zorg', 72, 15, 17), group('2023', 'ICT', 15, 5, 0), group('2024', 'ICT', 16, 6, 1)],
};
const fixture = () => new File([readFileSync('test/fixtures/flows/with-stocks.csv')], 'with-stocks.csv', { type: 'text/csv' });

async function ownData() {
  await loadMessages(['import', 'flows']);
  const view = renderScreen();
  await view.workspace.saveImported(dataset, 'Eigen');
  await waitFor(() => expect(screen.getByTestId('flow-import').textContent).toContain('Voeg aan Eigen'));
  return view;
}

async function pickFlows(file: File) {
  const input = document.querySelector<HTMLInputElement>('#flow-file')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
}

describe('the flow import on the data screen', () => {
  it('asks for a saved dataset first while the demo is shown', async () => {
    await loadMessages(['import', 'flows']);
    renderScreen();
    expect(screen.getByTestId('flow-import').textContent).toContain('Sla eerst een dataset op');
    expect(document.querySelector('#flow-file')).toBeNull();
  });

  it('reads a file of flows, checks it against the staff counts and keeps it with the dataset', async () => {
    const { workspace } = await ownData();
    await pickFlows(fixture());
    const summary = await screen.findByTestId('flow-summary');
    // Hires 8 + 3 + 1 + 1 + 1 = 14, leavers 6 + 1 = 7, in two units.
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Perioden: 2024',
      'Groepen: 2',
      'Instroom: 14 personen',
      'Uitstroom: 7 personen',
    ]);
    // Zorg Nederland 70 + 8 − 6 = 72, Buiten Europa 15 + 3 − 1 = 17; ICT 15 + 1, 5 + 1, 0 + 1: all agree.
    expect(screen.getByTestId('flow-stock-check').textContent).toContain('klopt met de stromen');
    await fireEvent.click(screen.getByRole('button', { name: 'Stromen opslaan bij Eigen' }));
    await screen.findByTestId('flow-saved');
    expect(workspace.shown!.dataset.flows!.counts).toHaveLength(7);
    // Kept in the store with the dataset: a reload (or a backup) has them.
    const record = await workspace.store!.loadDataset(workspace.shown!.id!);
    expect(record.ok && record.value!.dataset.flows!.fileName).toBe('with-stocks.csv');
    expect(screen.getByTestId('flow-kept').textContent).toContain('stromen over 2024');
    await fireEvent.click(screen.getByRole('button', { name: 'Stromen verwijderen' }));
    await waitFor(() => expect(screen.queryByTestId('flow-kept')).toBeNull());
    const after = await workspace.store!.loadDataset(workspace.shown!.id!);
    expect(after.ok && after.value!.dataset.flows).toBeUndefined();
  });

  it('locates where the staff counts disagree, and says what stopped a file', async () => {
    await ownData();
    await fireEvent.click(screen.getByText('Of plak een tabel met stromen'));
    const paste = screen.getByLabelText('Of plak een tabel met stromen');
    // ICT in 2024: Europa 5 + 2 hires = 7, not 6; Nederland 15 + 0 = 15, not 16; Buiten Europa 0, not 1
    // (an origin without a flow in a unit and year that has flows had none): three places.
    await fireEvent.input(paste, { target: { value: 'Jaar\tAfdeling\tStroom\tHerkomst\tAantal\n2024\tICT\tInstroom\tEuropa\t2\n' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Geplakte tabel inlezen' }));
    await waitFor(() => expect(screen.getByTestId('flow-stock-check').textContent).toContain('op 3 plaatsen niet'));
    expect(screen.getByTestId('flow-import-result').textContent).toContain('ICT, Europa');

    await fireEvent.input(paste, { target: { value: 'Jaar\tHerkomst\tAantal\n2024\tNederland\t5\n' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Geplakte tabel inlezen' }));
    await waitFor(() => expect(screen.getByTestId('flow-import-result').textContent).toContain('Er is geen kolom "Stroom"'));
    expect(screen.queryByRole('button', { name: /Stromen opslaan/ })).toBeNull();
  });
});
