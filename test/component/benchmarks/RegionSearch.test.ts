import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import ProfilePanel from '../../../src/components/ProfilePanel.svelte';
import { SECTOR_2024 } from '../../fixtures/benchmarks/lookupTables';
import { renderWith } from './setup';

const select = () => document.querySelector<HTMLSelectElement>('#region')!;
const names = () => [...select().options].map((o) => o.textContent);
// A few entries of regions.json (85512NED), as loadRegions gives them.
const REGIONS = [
  { id: 'CR:Groot-Amsterdam', type: 'CR' as const, nl: 'Groot-Amsterdam' },
  { id: 'GM:Amsterdam', type: 'GM' as const, nl: 'Amsterdam' },
  { id: 'GM:Amstelveen', type: 'GM' as const, nl: 'Amstelveen' },
  { id: 'GM:Súdwest-Fryslân', type: 'GM' as const, nl: 'Súdwest-Fryslân' },
  { id: "GM:'s-Gravenhage", type: 'GM' as const, nl: "'s-Gravenhage" },
];

async function panel(region = '') {
  const rendered = await renderWith(ProfilePanel, { tables: [SECTOR_2024], profile: { name: 'Test', sector: 'I', region } });
  rendered.workspace.benchmarks.regions = REGIONS;
  await waitFor(() => expect(names()).toContain('Amstelveen'));
  return rendered;
}

describe('the region choice has a search box', () => {
  it('is labelled, narrows every group of the list and announces how many regions are left', async () => {
    await panel();
    const search = screen.getByLabelText('Zoek in de lijst (regio of gemeente)');
    expect(search).toHaveAttribute('type', 'search');
    expect(search).toHaveAttribute('aria-controls', 'region');
    // no query: the country, 35 labour-market regions, 12 provinces and the 5 loaded regions
    expect(names()).toHaveLength(1 + 35 + 12 + 5);
    const status = screen.getByRole('status', { name: '' });
    expect(status.textContent).toBe('');

    await fireEvent.input(search, { target: { value: 'amster' } });
    // 'amster' is in Groot Amsterdam (AM), Groot-Amsterdam (COROP) and Amsterdam; not in Amstelveen
    expect(names()).toEqual(['Heel Nederland', 'Groot Amsterdam', 'Groot-Amsterdam', 'Amsterdam']);
    expect(status.textContent).toBe("3 regio's gevonden");
  });

  it('ignores accents, case and apostrophes', async () => {
    await panel();
    const search = screen.getByLabelText('Zoek in de lijst (regio of gemeente)');
    await fireEvent.input(search, { target: { value: 'SUDWEST' } });
    expect(names()).toEqual(['Heel Nederland', 'Súdwest-Fryslân']);
    await fireEvent.input(search, { target: { value: 's-grav' } });
    expect(names()).toEqual(['Heel Nederland', "'s-Gravenhage"]);
  });

  it('keeps the chosen region in the list, and the keyboard moves on from the box to the list', async () => {
    const { workspace } = await panel('AM03');
    const search = screen.getByLabelText('Zoek in de lijst (regio of gemeente)');
    await fireEvent.input(search, { target: { value: 'amstel' } });
    // Drenthe (AM03) stays selected though it does not match; Amstelveen matches
    expect(names()).toEqual(['Heel Nederland', 'Drenthe', 'Amstelveen']);
    expect(select().value).toBe('AM03');
    search.focus();
    await fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(select());
    await fireEvent.change(select(), { target: { value: 'GM:Amstelveen' } });
    expect(workspace.profile.region).toBe('GM:Amstelveen');
    expect(within(select()).getByRole('option', { name: 'Amstelveen' })).toBeInTheDocument();
  });
});
