import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { demoProfile } from '../../../src/core';
import { pick, renderScreen } from './setup';

/** Two years; the latest (2024) has 40 + 5 + 6 + 7 + 8 + 9 = 75 staff, 2023 has 10 + 20 + 30 = 60. */
const TWO_YEARS = 'Jaar;Afdeling;Nederland;Europa;Buiten Europa\n2023;A;10;20;30\n2024;A;40;5;6\n2024;B;7;8;9\n';
const file = () => new File([TWO_YEARS], 'personeel.csv', { type: 'text/csv' });
const current = () => screen.getByTestId('import-steps').querySelector('[aria-current="step"]')?.textContent;
const heading = (step: string) => document.getElementById(`import-step-${step}-heading`);

describe('the import in steps', () => {
  it('starts at Bestand with only that step, then moves focus to Controleren with its summary first', async () => {
    renderScreen();
    expect(current()).toContain('1. Bestand');
    expect(heading('file')).toHaveTextContent('Stap 1 van 4: Bestand');
    expect(heading('check')).toBeNull();
    expect(heading('organisation')).toBeNull();

    await pick(file());
    expect(current()).toContain('2. Controleren');
    await waitFor(() => expect(document.activeElement).toBe(heading('check')));
    // The summary is the first thing in the step, before what was detected and the preview.
    const step = screen.getByTestId('import-step-check');
    const summary = within(step).getByTestId('import-summary');
    expect(summary).toHaveTextContent('Klaar om op te slaan: 3 groepen');
    const detected = within(step).getByRole('heading', { name: 'Wat er is herkend' });
    expect(summary.compareDocumentPosition(detected) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('goes on to Uw organisatie and Opslaan, each heading taking focus', async () => {
    renderScreen();
    await pick(file());
    await fireEvent.click(screen.getByRole('button', { name: 'Verder: Uw organisatie' }));
    await waitFor(() => expect(document.activeElement).toBe(heading('organisation')));
    expect(current()).toContain('3. Uw organisatie');
    await fireEvent.click(screen.getByRole('button', { name: 'Verder: Opslaan' }));
    await waitFor(() => expect(document.activeElement).toBe(heading('save')));
    expect(current()).toContain('4. Opslaan');
    // Earlier steps are links back.
    await fireEvent.click(within(screen.getByTestId('import-steps')).getByRole('link', { name: /Controleren/ }));
    await waitFor(() => expect(document.activeElement).toBe(heading('check')));
  });

  it('offers no organisation or save step while the import has errors', async () => {
    renderScreen();
    await pick(new File(['Afdeling;Nederland;Europa;Buiten Europa\nA;-4;2;3\n'], 'fout.csv', { type: 'text/csv' }));
    expect(screen.getByTestId('import-result')).toHaveAttribute('data-ok', 'false');
    expect(heading('organisation')).toBeNull();
    expect(screen.queryByRole('button', { name: /Verder/ })).toBeNull();
    expect(within(screen.getByTestId('import-steps')).queryByRole('link', { name: /Uw organisatie/ })).toBeNull();
  });

  it('marks the source of the figures as required', async () => {
    renderScreen();
    await pick(file());
    expect(screen.getByLabelText('Bron van de cijfers (verplicht)')).toHaveAttribute('id', 'import-meta-provenance');
  });
});

describe('the ways in, behind tabs', () => {
  it('shows one panel at a time and moves between tabs with the arrow keys, Home and End', async () => {
    renderScreen();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent?.trim())).toEqual(['Bestand kiezen', 'Plakken', 'Intypen', 'Sjablonen']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(tabs[1]).toHaveAttribute('tabindex', '-1');
    expect(document.getElementById('import-panel-file')).toBeVisible();
    expect(document.getElementById('import-panel-paste')).not.toBeVisible();

    tabs[0]!.focus();
    await fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toBe(document.getElementById('import-panel-paste'));
    await fireEvent.keyDown(tabs[1]!, { key: 'End' });
    expect(document.activeElement).toBe(tabs[3]);
    await fireEvent.keyDown(tabs[3]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs[0]);
    await fireEvent.keyDown(tabs[0]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tabs[3]);
    expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'import-tab-templates');
  });
});

describe('the organisation step', () => {
  it('takes the headcount of the latest year from the file, and starts blank, never from the demo', async () => {
    const { workspace } = renderScreen();
    expect(workspace.profile.name).toBe(demoProfile().name);
    await pick(file());
    const step = screen.getByTestId('import-organisation');
    expect(within(step).getByLabelText('Naam van de organisatie')).toHaveValue('');
    expect(within(step).getByLabelText('Sector (SBI 2008)')).toHaveValue('');
    expect(within(step).getByLabelText('Aantal medewerkers')).toHaveValue(75);
    expect(screen.getByTestId('import-org-from-file')).toHaveTextContent('Uit het bestand: 75 medewerkers in 2024.');
  });

  it('saves the organisation with the dataset: the comparison then uses it', async () => {
    const { workspace } = renderScreen();
    await pick(file());
    const step = screen.getByTestId('import-organisation');
    await fireEvent.input(within(step).getByLabelText('Naam van de organisatie'), { target: { value: 'Waterschap Test' } });
    await fireEvent.change(within(step).getByLabelText('Sector (SBI 2008)'), { target: { value: 'E' } });
    await fireEvent.change(within(step).getByLabelText('Regio of gemeente'), { target: { value: 'PV26' } });
    await fireEvent.change(within(step).getByLabelText('Aantal medewerkers'), { target: { value: '80' } });
    await fireEvent.change(document.querySelector('#import-meta-provenance')!, { target: { value: 'registration' } });
    await fireEvent.submit(screen.getByTestId('import-save'));
    await waitFor(() => expect(screen.getByTestId('import-saved')).toBeInTheDocument());
    const mine = { name: 'Waterschap Test', sector: 'E', region: 'PV26', headcount: 80 };
    expect(workspace.profile).toEqual(mine);
    expect(await workspace.store!.loadProfile()).toEqual({ ok: true, value: mine });
  });

  it('goes back to the file’s headcount when the typed one is cleared', async () => {
    renderScreen();
    await pick(file());
    const input = screen.getByLabelText('Aantal medewerkers');
    await fireEvent.change(input, { target: { value: '120' } });
    expect(input).toHaveValue(120);
    await fireEvent.change(input, { target: { value: '' } });
    expect(input).toHaveValue(75);
  });
});
