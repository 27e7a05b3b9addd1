import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import PresetChoice from '../../../src/components/settings/PresetChoice.svelte';
import { record, renderWith, workspaceWith } from './setup';

describe('PresetChoice', () => {
  it('offers the three presets with their thresholds, Standard chosen by default', async () => {
    const workspace = await workspaceWith();
    const { container } = renderWith(PresetChoice, workspace);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['cbs', 'standard', 'internal']);
    expect(screen.getByLabelText(/Standaard/)).toBeChecked();
    // PRODUCT.md §5: cbs 250/10, standard 50/10, internal 10/5.
    const rules = (id: string) => container.querySelector(`[data-preset-rules=${id}]`)?.textContent?.trim();
    expect(rules('cbs')).toBe('Een groep wordt getoond vanaf 250 medewerkers; een aantal (behalve 0) vanaf 10 medewerkers.');
    expect(rules('standard')).toContain('vanaf 50 medewerkers');
    expect(rules('internal')).toBe('Een groep wordt getoond vanaf 10 medewerkers; een aantal (behalve 0) vanaf 5 medewerkers.');
    // Each option is described by its thresholds for screen readers.
    expect(screen.getByLabelText(/CBS-barometer/)).toHaveAccessibleDescription(/vanaf 250 medewerkers/);
  });

  it('explains attribute disclosure with the cell minimum that is applied', async () => {
    const workspace = await workspaceWith();
    renderWith(PresetChoice, workspace);
    expect(screen.getByText(/op minder dan 10 mensen na/)).toBeInTheDocument();
    await fireEvent.click(screen.getByLabelText(/Intern/));
    await waitFor(() => expect(screen.getByText(/op minder dan 5 mensen na/)).toBeInTheDocument());
  });

  it('sets the preset that publish() runs with and keeps it in the store', async () => {
    const workspace = await workspaceWith([record('d1', 'Personeel')]);
    renderWith(PresetChoice, workspace);
    expect(workspace.disclosure.preset).toBe('standard');
    await fireEvent.click(screen.getByLabelText(/CBS-barometer/));
    await waitFor(async () => {
      const saved = await workspace.store!.loadSetting<string>('preset');
      expect(saved).toEqual({ ok: true, value: 'cbs' });
    });
    expect(workspace.disclosure.preset).toBe('cbs');
    expect(screen.getByLabelText(/CBS-barometer/)).toBeChecked();
    expect(screen.getByTestId('preset-applied')).toHaveTextContent('Nu toegepast: groepen vanaf 250, aantallen vanaf 10.');
  });

  it('speaks English when the language is English', async () => {
    const workspace = await workspaceWith();
    renderWith(PresetChoice, workspace, { locale: 'en' });
    expect(screen.getByLabelText(/Standard/)).toBeChecked();
    expect(screen.getByText(/all but fewer than 10 people/)).toBeInTheDocument();
  });
});
