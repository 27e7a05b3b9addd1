import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { InProcessRunner, StalledRunner } from './inProcessRunner';
import { pick, renderScreen, sampleFile, settled } from './setup';

const select = (id: string) => document.querySelector<HTMLSelectElement>(`#${id}`)!;
const optionText = (s: HTMLSelectElement) => s.options[s.selectedIndex]?.textContent?.trim();

describe('detection and overrides', () => {
  it('shows what was detected as the "automatic" choice of each control', async () => {
    renderScreen();
    await pick(sampleFile('cbs-barometer-output.csv'));
    expect(optionText(select('import-override-encoding'))).toBe('Automatisch (utf-8)');
    expect(optionText(select('import-override-delimiter'))).toBe('Automatisch (puntkomma (;))');
    expect(optionText(select('import-override-decimal'))).toBe('Automatisch (komma (,))');
    expect(optionText(select('import-override-shape'))).toBe('Automatisch (percentages met aantal medewerkers)');
    expect(optionText(select('import-override-scheme'))).toBe('Automatisch (herkomst (CBS, sinds 2022))');
    expect(screen.getByText('Regeleinde: CRLF')).toBeInTheDocument();
  });

  it('re-runs the import with an override, and without it on "automatic"', async () => {
    const { runner } = renderScreen();
    await pick(sampleFile('long-counts.csv'));
    await fireEvent.change(select('import-override-delimiter'), { target: { value: ',' } });
    await settled(runner, 2);
    expect(runner.last.options.delimiter).toBe(',');
    // One column holding the whole line: no origin column, so nothing to save.
    expect(screen.getByTestId('import-result')).toHaveAttribute('data-ok', 'false');
    expect(screen.getByTestId('import-issues').querySelector('[data-code="no-origin-columns"]')).not.toBeNull();
    expect(document.querySelector('[data-testid=import-save]')).toBeNull();

    await fireEvent.change(select('import-override-delimiter'), { target: { value: '' } });
    await settled(runner, 3);
    expect(runner.last.options).not.toHaveProperty('delimiter');
    expect(screen.getByTestId('import-result')).toHaveAttribute('data-ok', 'true');
  });

  it('keeps the report and the focused control in place while a re-run is in flight', async () => {
    const { runner } = renderScreen();
    await pick(sampleFile('long-counts.csv'));
    const decimal = select('import-override-decimal');
    decimal.focus();
    await fireEvent.change(decimal, { target: { value: '.' } });
    expect(screen.getByTestId('import-result')).toBeInTheDocument();
    await settled(runner, 2);
    expect(runner.last.options.decimal).toBe('.');
    expect(select('import-override-decimal')).toBe(decimal);
    expect(document.activeElement).toBe(decimal);
  });

  it('maps "none" to an empty thousands separator and disables encoding for pasted text', async () => {
    const { runner } = renderScreen();
    await fireEvent.input(document.querySelector('#import-paste')!, { target: { value: 'Afdeling\tNederland\tEuropa\tBuiten Europa\nZorg\t1.234\t3\t5\n' } });
    await fireEvent.submit(document.querySelector('#import-paste')!.closest('form')!);
    await settled(runner, 1);
    expect(runner.last.source).toEqual({ kind: 'text', text: 'Afdeling\tNederland\tEuropa\tBuiten Europa\nZorg\t1.234\t3\t5\n' });
    expect(select('import-override-encoding')).toBeDisabled();
    expect(select('import-override-delimiter')).not.toBeDisabled();
    await fireEvent.change(select('import-override-thousands'), { target: { value: 'none' } });
    await settled(runner, 2);
    expect(runner.last.options.thousands).toBe('');
  });
});

describe('the column-mapping step', () => {
  it('shows the automatic roles and sends a changed role as a mapping', async () => {
    const { runner } = renderScreen();
    await pick(sampleFile('long-counts.csv'));
    const mapping = screen.getByTestId('import-mapping');
    const roleOf = (header: string) => within(mapping).getByLabelText(`Betekenis van kolom ${header}`) as HTMLSelectElement;
    expect([...['Jaar', 'Directie', 'Functieniveau', 'Herkomst', 'Aantal'].map((h) => roleOf(h).value)]).toEqual([
      'dim:jaar', 'dim:*', 'dim:*', 'origin', 'count',
    ]);
    expect(within(mapping).getAllByText('automatisch aan de kolomnaam')).toHaveLength(5);

    await fireEvent.change(roleOf('Functieniveau'), { target: { value: 'dim:niveau' } });
    await settled(runner, 2);
    expect(runner.last.options.mapping).toEqual({ Functieniveau: { kind: 'dimension', id: 'niveau' } });
    const row = mapping.querySelector('tr[data-column="Functieniveau"]')!;
    expect(row).toHaveTextContent('door u gekozen');
    expect(roleOf('Functieniveau').value).toBe('dim:niveau');

    await fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /Automatisch herkennen/ }));
    await settled(runner, 3);
    expect(runner.last.options).not.toHaveProperty('mapping');
    expect(roleOf('Functieniveau').value).toBe('dim:*');
  });

  it('offers no remapping for a column that identifies people, and saves nothing', async () => {
    const { workspace } = renderScreen();
    await pick(sampleFile('REFUSE-person-level.csv'));
    expect(screen.getByTestId('import-refused')).toHaveTextContent('Dit bestand wordt niet ingelezen');
    expect(screen.getByTestId('import-issues')).toHaveTextContent('bijzonder persoonsgegeven');
    expect(document.querySelector('[data-testid=import-mapping]')).toBeNull();
    expect(document.querySelector('[data-testid=import-save]')).toBeNull();
    const list = await workspace.store!.listDatasets();
    expect(list.ok && list.value).toEqual([]);
  });

  it('words the issues in the language chosen, from the same report: no second run', async () => {
    const { runner, rerender } = renderScreen();
    await pick(sampleFile('REFUSE-person-level.csv'));
    expect(screen.getByTestId('import-issues')).toHaveTextContent('bijzonder persoonsgegeven');
    await rerender({ locale: 'en' });
    await waitFor(() => expect(screen.getByTestId('import-issues')).toHaveTextContent('special-category personal data'));
    expect(runner.starts).toHaveLength(1);
  });
});

describe('the issue list', () => {
  it('links each located issue to its row in the preview, also past the first 50 rows', async () => {
    const { runner } = renderScreen();
    // Header + 80 units; units 5 and 70 (rows 6 and 71) have a negative Europa count.
    const lines = ['Afdeling;Nederland;Europa;Buiten Europa'];
    for (let u = 1; u <= 80; u++) lines.push(`U${u};10;${u === 5 || u === 70 ? -1 : 2};3`);
    await fireEvent.input(document.querySelector('#import-paste')!, { target: { value: lines.join('\n') } });
    await fireEvent.submit(document.querySelector('#import-paste')!.closest('form')!);
    await settled(runner, 1);
    const issues = screen.getByTestId('import-issues');
    expect(issues).toHaveTextContent('2 fouten en 0 waarschuwingen.');
    const grid = screen.getByTestId('preview-grid');
    for (const row of [6, 71]) {
      await fireEvent.click(within(issues).getByRole('button', { name: `rij ${row}, kolom Europa` }));
      const tr = grid.querySelector(`tr[data-row="${row}"]`)!;
      await waitFor(() => expect(tr).toHaveClass('highlight'));
      expect(document.activeElement).toBe(tr);
      expect(tr).toHaveAttribute('aria-current', 'true');
      expect(grid.querySelectorAll('tr.highlight')).toHaveLength(1);
    }
    // Row 71 is shown after the first 50 rows, behind the separator.
    expect(grid.querySelector('tr[data-row="71"]')).toHaveTextContent('U70');
    expect(grid.querySelector('tr[data-row="60"]')).toBeNull();
  });
});

describe('saving with metadata', () => {
  it('refuses an incomplete form, says why beside each field, and stores nothing', async () => {
    const { workspace } = renderScreen();
    await pick(sampleFile('long-counts.csv'));
    expect((document.querySelector('#import-meta-name') as HTMLInputElement).value).toBe('long-counts');
    await fireEvent.input(document.querySelector('#import-meta-name')!, { target: { value: '' } });
    await fireEvent.input(document.querySelector('#import-meta-reference')!, { target: { value: '2023-02-29' } });
    await fireEvent.submit(screen.getByTestId('import-save'));
    await waitFor(() => expect(document.querySelector('#import-meta-name-problem')).toHaveTextContent('Geef de dataset een naam.'));
    expect(document.querySelector('#import-meta-name')).toHaveAttribute('aria-invalid', 'true');
    expect(document.querySelector('#import-meta-name')?.getAttribute('aria-describedby')).toBe('import-meta-name-problem');
    expect(document.querySelector('#import-meta-reference-problem')).toHaveTextContent('Geef een jaar');
    expect(document.querySelector('#import-meta-provenance-problem')).toHaveTextContent('Kies waar de cijfers vandaan komen.');
    expect(document.querySelector('#import-meta-notes-problem')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(document.querySelector('#import-meta-name')));
    const list = await workspace.store!.listDatasets();
    expect(list.ok && list.value).toEqual([]);
  });

  it('saves a valid import with its description, shows it and lists it', async () => {
    const { workspace } = renderScreen();
    await pick(sampleFile('long-counts.csv'));
    await fireEvent.input(document.querySelector('#import-meta-name')!, { target: { value: 'Personeel 2024' } });
    await fireEvent.input(document.querySelector('#import-meta-reference')!, { target: { value: '31-12-2024' } });
    await fireEvent.change(document.querySelector('#import-meta-provenance')!, { target: { value: 'registration' } });
    await fireEvent.input(document.querySelector('#import-meta-notes')!, { target: { value: 'Uit AFAS' } });
    await fireEvent.submit(screen.getByTestId('import-save'));
    await waitFor(() => expect(screen.getByTestId('import-saved')).toHaveTextContent('Personeel 2024 is opgeslagen'));
    expect(workspace.saved.map((s) => s.name)).toEqual(['Personeel 2024']);
    expect(workspace.shown?.name).toBe('Personeel 2024');
    expect(workspace.shown?.dataset.meta).toMatchObject({
      name: 'Personeel 2024', reference: '31-12-2024', provenance: 'registration', notes: 'Uit AFAS', fileName: 'long-counts.csv',
    });
    // 2 years × 3 directies × 3 levels = 18 groups
    expect(workspace.shown?.dataset.groups).toHaveLength(18);
  });
});

describe('typed figures', () => {
  it('sends the typed groups through the importer and shows them like a file', async () => {
    const { runner } = renderScreen();
    await fireEvent.click(screen.getByRole('tab', { name: 'Intypen' }));
    const form = screen.getByRole('form', { name: 'Zelf invullen' });
    await fireEvent.click(within(form).getByRole('button', { name: 'Groep toevoegen' }));
    const type = (label: string, value: string) => fireEvent.input(within(form).getByLabelText(label), { target: { value } });
    await type('Naam van groep 1', 'Zorg');
    await type('Nederland in groep 1', '12');
    await type('Europa (excl. Nederland) in groep 1', '3');
    await type('Buiten Europa in groep 1', '5');
    await type('Naam van groep 2', 'Staf');
    await type('Nederland in groep 2', '7');
    await type('Europa (excl. Nederland) in groep 2', '0');
    await fireEvent.submit(form);
    await settled(runner, 1);
    expect(runner.last.source).toEqual({
      kind: 'rows',
      rows: [['Groep', 'Nederland', 'Europa (excl. Nederland)', 'Buiten Europa'], ['Zorg', '12', '3', '5'], ['Staf', '7', '0', '']],
    });
    // Staf has no Buiten Europa count: row 3 as the grid numbers it.
    const issues = screen.getByTestId('import-issues');
    expect(within(issues).getByRole('button', { name: 'rij 3, kolom Buiten Europa' })).toBeInTheDocument();

    await type('Buiten Europa in groep 2', '1');
    await fireEvent.submit(form);
    await settled(runner, 2);
    expect(screen.getByTestId('import-summary')).toHaveTextContent('Klaar om op te slaan: 2 groepen, indeling herkomst (CBS, sinds 2022).');
  });

  it('switches the columns to the legacy scheme', async () => {
    renderScreen({ locale: 'en' });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Type' })).toBeInTheDocument());
    await fireEvent.click(screen.getByRole('tab', { name: 'Type' }));
    const form = screen.getByRole('form', { name: 'Type the figures' });
    await fireEvent.change(within(form).getByLabelText('Classification'), { target: { value: 'migratieachtergrond' } });
    expect(within(form).getByLabelText('Non-Western migration background in group 1')).toBeInTheDocument();
  });
});

describe('progress, cancel and templates', () => {
  it('shows a progress bar with cancel for a file over 1 MB; cancel stops the run and stores nothing', async () => {
    const runner = new StalledRunner();
    renderScreen({ runner });
    const big = new File([new Uint8Array(1.5 * 1024 * 1024).fill(65)], 'groot.csv');
    const input = document.querySelector<HTMLInputElement>('#import-file')!;
    Object.defineProperty(input, 'files', { value: [big], configurable: true });
    await fireEvent.change(input);
    const progress = await screen.findByRole('progressbar', { name: 'Voortgang van het inlezen' });
    runner.progress(0.25);
    await waitFor(() => expect(progress).toHaveAttribute('value', '0.25'));
    expect(screen.getByTestId('import-progress')).toHaveTextContent('25% gelezen');
    await fireEvent.click(screen.getByRole('button', { name: 'Inlezen afbreken' }));
    expect(runner.cancels).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByTestId('import-progress')).toHaveTextContent('Het inlezen is afgebroken.'));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows no progress bar for a small file', async () => {
    const runner = new StalledRunner();
    renderScreen({ runner });
    const input = document.querySelector<HTMLInputElement>('#import-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['a;b\n'], 'klein.csv')], configurable: true });
    await fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('import-progress')).toHaveTextContent('Bezig met lezen'));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('offers six template downloads with safe file names', () => {
    renderScreen({ runner: new InProcessRunner() });
    const links = [...screen.getByTestId('import-templates').querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('download'))).toEqual([
      'barometer-sjabloon-lange-tabel.csv', 'barometer-sjabloon-brede-tabel.csv', 'barometer-sjabloon-percentages.csv',
      'barometer-template-long-table.csv', 'barometer-template-wide-table.csv', 'barometer-template-percentages.csv',
    ]);
    expect(links.every((a) => a.getAttribute('href')?.startsWith('blob:'))).toBe(true);
  });
});
