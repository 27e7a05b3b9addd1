import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import AppHeader from '../../../src/components/AppHeader.svelte';
import ProfilePanel from '../../../src/components/ProfilePanel.svelte';
import { SECTOR_2024 } from '../../fixtures/benchmarks/lookupTables';
import { renderWith } from './setup';

const profile = { name: 'Waterschap Test', sector: 'I', region: '' };

describe('the header on every screen', () => {
  it('names the organisation, the reference date and the benchmark of what is shown', async () => {
    const { workspace } = await renderWith(AppHeader, { tables: [SECTOR_2024], profile });
    expect(screen.getByTestId('header-organisation')).toHaveTextContent('Waterschap Test');
    // The demo dataset's reference is 2024.
    expect(screen.getByTestId('header-period')).toHaveTextContent('2024');
    await waitFor(() => expect(screen.getByTestId('header-benchmark')).toHaveTextContent(workspace.benchmarks.current!.label));
    expect(screen.getByTestId('header-benchmark')).toHaveTextContent('Horeca');
  });

  it('asks for the organisation when it has no name, and says when nothing is shown', async () => {
    const { workspace } = await renderWith(AppHeader, { tables: [SECTOR_2024], profile: { ...profile, name: '' } });
    expect(screen.getByRole('link', { name: 'Beschrijf uw organisatie' })).toHaveAttribute('href', '#/overview');
    workspace.shown = null;
    await waitFor(() => expect(screen.getByTestId('header-context')).toHaveTextContent('geen gegevens getoond'));
  });

  it('follows a name given in the profile panel', async () => {
    const { workspace } = await renderWith(ProfilePanel, { tables: [SECTOR_2024], profile });
    workspace.shown = { ...workspace.shown!, id: 'own', demo: false };
    await fireEvent.change(screen.getByLabelText('Naam van de organisatie'), { target: { value: '  Gemeente Echt ' } });
    expect(workspace.profile.name).toBe('Gemeente Echt');
    expect(workspace.context?.organisation).toBe('Gemeente Echt');
  });
});
