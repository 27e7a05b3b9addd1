import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import ProfilePanel from '../../../src/components/ProfilePanel.svelte';
import { IMPORTED_SECTOR_2024, SECTOR_2024, SECTOR_REGION_2024 } from '../../fixtures/benchmarks/lookupTables';
import { renderWith } from './setup';

const profile = { name: 'Test', sector: 'I', region: '', headcount: 9 };
const field = <T extends HTMLElement>(id: string) => document.querySelector<T>(`#${id}`)!;
const change = (id: string, value: string) => fireEvent.change(field(id), { target: { value } });
const used = () => screen.getByTestId('size-class-used');

describe('ProfilePanel: size class', () => {
  it('derives the size class from the headcount, and follows it', async () => {
    const { workspace } = await renderWith(ProfilePanel, { tables: [SECTOR_2024], profile });
    // 9 employees: 1 tot 10
    expect(used()).toHaveAttribute('data-size', '1-10');
    expect(used().textContent).toContain('afgeleid van het aantal medewerkers');
    expect(field<HTMLSelectElement>('size-class').options[0]!.textContent).toBe('Automatisch: 1 tot 10 werknemers');
    await change('headcount', '60');
    expect(workspace.profile.headcount).toBe(60);
    expect(used()).toHaveAttribute('data-size', '50-100'); // 50 ≤ 60 < 100
  });

  it('lets the user override it, and go back to the derived class', async () => {
    const { workspace, store } = await renderWith(ProfilePanel, { tables: [SECTOR_2024], profile });
    // Only a profile of own data is stored (the demo's stays in memory): show the demo's figures as own.
    workspace.shown = { ...workspace.shown!, id: 'own', demo: false };
    await change('size-class', '500+');
    expect(used()).toHaveAttribute('data-size', '500+');
    expect(used().textContent).toContain('door u gekozen');
    expect(workspace.profile.sizeClass).toBe('500+');
    await waitFor(async () => expect((await store.loadProfile()).ok && (await store.loadProfile())).toMatchObject({ value: { sizeClass: '500+' } }));
    await change('size-class', '');
    expect(workspace.profile).not.toHaveProperty('sizeClass');
    expect(used()).toHaveAttribute('data-size', '1-10');
  });

  it('has no size class without a headcount', async () => {
    await renderWith(ProfilePanel, { tables: [SECTOR_2024], profile });
    await change('headcount', '');
    expect(used()).toHaveAttribute('data-size', '');
    expect(field<HTMLSelectElement>('size-class').options[0]!.textContent).toBe('Automatisch (vul het aantal medewerkers in)');
  });
});

describe('ProfilePanel in English', () => {
  it('labels the fields, the derived size class and an illustrative benchmark in English', async () => {
    await renderWith(ProfilePanel, { tables: [SECTOR_2024], profile, locale: 'en' });
    expect(screen.getByLabelText('Number of employees')).toHaveValue(9);
    expect(used().textContent).toContain('Used: 1 to 10 employees, derived from the number of employees.');
    expect(screen.getByTestId('benchmark-source').textContent).toContain('These figures are illustrative and not CBS figures.');
    expect(screen.getByTestId('current-label').textContent).toBe('sector I Accommodation and food services (2024)');
  });
});

describe('ProfilePanel: sector and region choose the benchmark', () => {
  it('changes the benchmark and its label with the sector and region', async () => {
    const { workspace } = await renderWith(ProfilePanel, { tables: [SECTOR_REGION_2024], profile: { ...profile, headcount: undefined as never } });
    // sector I: 60% Nederland
    expect(workspace.benchmarks.current?.shares.nederland).toBe(0.6);
    expect(screen.getByTestId('current-label').textContent).toBe('sector I Horeca (2024)');
    await change('region', 'AM18');
    expect(workspace.profile.region).toBe('AM18');
    expect(workspace.benchmarks.current?.shares.nederland).toBe(0.5);
    expect(screen.getByTestId('current-label').textContent).toBe('sector I Horeca, regio Groot Amsterdam (2024)');
    await change('sector', 'A');
    // A × AM18 has no cell: falls back to sector A, and says so
    expect(workspace.benchmarks.current?.shares.nederland).toBe(0.9);
    expect(screen.getByTestId('benchmark-note').textContent).toContain('gebruikt is sector A');
  });

  it('offers provinces as well as labour-market regions', async () => {
    await renderWith(ProfilePanel, { tables: [SECTOR_2024], profile });
    const groups = [...field<HTMLSelectElement>('region').querySelectorAll('optgroup')].map((g) => [g.label, g.children.length]);
    expect(groups).toEqual([["Arbeidsmarktregio's", 35], ['Provincies', 12]]);
  });

  it('labels an illustrative benchmark as illustrative, an imported one as imported', async () => {
    await renderWith(ProfilePanel, { tables: [SECTOR_2024], imported: [IMPORTED_SECTOR_2024], profile });
    // sector I exists in both: the import wins
    expect(screen.getByTestId('benchmark-source')).toHaveAttribute('data-kind', 'imported');
    await change('sector', 'A');
    // sector A only in the bundled, illustrative table
    const source = screen.getByTestId('benchmark-source');
    expect(source).toHaveAttribute('data-kind', 'illustrative');
    expect(source.textContent).toContain('illustratief en geen CBS-cijfers');
    expect(source.textContent).not.toContain('CBS-cijfer ');
  });
});

describe('ProfilePanel: composite benchmark', () => {
  it('mixes the cells of the parts by headcount and shows the weights and cells', async () => {
    const { workspace } = await renderWith(ProfilePanel, { tables: [SECTOR_2024], profile });
    // The composite editor loads after the first paint.
    await fireEvent.click(await screen.findByRole('button', { name: 'Onderdeel toevoegen' }));
    await change('part-0-sector', 'I');
    await change('part-0-headcount', '30');
    await fireEvent.click(screen.getByRole('button', { name: 'Onderdeel toevoegen' }));
    await change('part-1-sector', 'A');
    await change('part-1-headcount', '10');
    expect(workspace.profile.composite).toEqual([{ sector: 'I', headcount: 30 }, { sector: 'A', headcount: 10 }]);
    // 30/40 = 75% × 0.6 + 10/40 = 25% × 0.9 = 0.675
    expect(workspace.benchmarks.current?.shares.nederland).toBeCloseTo(0.675, 10);
    // The components table loads with the first composite benchmark.
    const table = await screen.findByTestId('composite-components');
    expect([...table.querySelectorAll('td[data-weight]')].map((td) => td.textContent)).toEqual(['75,0%', '25,0%']);
    expect(table.textContent).toContain('sector A Landbouw, bosbouw en visserij (2024)');
    expect(screen.getByTestId('current-label').textContent).toBe('samengestelde benchmark van 2 onderdelen, 40 medewerkers (2024)');

    await fireEvent.click(screen.getByRole('button', { name: 'Onderdeel 1 verwijderen' }));
    expect(workspace.profile.composite).toEqual([{ sector: 'A', headcount: 10 }]);
    expect(workspace.benchmarks.current?.shares.nederland).toBe(0.9);
    await fireEvent.click(screen.getByRole('button', { name: 'Onderdeel 1 verwijderen' }));
    expect(workspace.profile).not.toHaveProperty('composite');
    expect(screen.getByTestId('current-label').textContent).toBe('sector I Horeca (2024)');
  });

  it('states why unusable parts are not used, and falls back to the profile’s own cell', async () => {
    const { workspace } = await renderWith(ProfilePanel, { tables: [SECTOR_2024], profile });
    // The composite editor loads after the first paint.
    await fireEvent.click(await screen.findByRole('button', { name: 'Onderdeel toevoegen' }));
    await change('part-0-headcount', '-5');
    expect(screen.getByTestId('composite-problems').textContent).toContain('Onderdeel 1 heeft een ongeldig aantal medewerkers (-5)');
    expect(workspace.benchmarks.current?.shares.nederland).toBe(0.6);
    expect(screen.getByTestId('benchmark-note').textContent).toContain('ongeldig aantal');
  });
});
