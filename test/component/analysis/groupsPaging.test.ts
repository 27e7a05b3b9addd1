import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/core/types';
import { fireEvent, render, screen } from '@testing-library/svelte';
import WithWorkspace from './WithWorkspace.svelte';
import { benchmark, manyUnits, tinyDataset } from './fixtures';
import { SECTOR_REGION_2024 } from '../../fixtures/benchmarks/lookupTables';
import GroupsScreen from '../../../src/components/analysis/GroupsScreen.svelte';

const rows = (root: Element) => [...root.querySelectorAll('[data-testid=groups-table] tbody tr')];
const firstGroup = (root: Element) => rows(root)[0]?.getAttribute('data-group');
const range = () => screen.getByTestId('groups-range').textContent?.trim();

describe('GroupsScreen: a long table is paged', () => {
  // 30 units × 3 origins = 90 rows; 25 per page: rows 1–25 are U01..U08 (8 × 3 = 24) and U09's
  // first origin, so rows 26–50 begin with U09; the last page, rows 76–90, begins with U26 (75 = 25 × 3).
  it('shows the first page, then the next and back', async () => {
    const { container } = render(WithWorkspace, { props: { component: GroupsScreen, dataset: manyUnits(30), benchmark } });
    expect(rows(container)).toHaveLength(25);
    expect(range()).toBe('Rijen 1–25 van 90');
    expect(screen.getByRole('button', { name: 'Vorige rijen' })).toBeDisabled();
    await fireEvent.click(screen.getByRole('button', { name: 'Volgende rijen' }));
    expect(firstGroup(container)).toBe('U09');
    expect(range()).toBe('Rijen 26–50 van 90');
    await fireEvent.click(screen.getByRole('button', { name: 'Volgende rijen' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Volgende rijen' }));
    expect(rows(container)).toHaveLength(15);
    expect(firstGroup(container)).toBe('U26');
    expect(range()).toBe('Rijen 76–90 van 90');
    expect(screen.getByRole('button', { name: 'Volgende rijen' })).toBeDisabled();
    await fireEvent.click(screen.getByRole('button', { name: 'Vorige rijen' }));
    expect(range()).toBe('Rijen 51–75 van 90');
  });

  it('changes the page size, starting again at the first row', async () => {
    const { container } = render(WithWorkspace, { props: { component: GroupsScreen, dataset: manyUnits(30), benchmark } });
    await fireEvent.click(screen.getByRole('button', { name: 'Volgende rijen' }));
    await fireEvent.change(screen.getByLabelText('Rijen per pagina'), { target: { value: '50' } });
    expect(rows(container)).toHaveLength(50);
    expect(range()).toBe('Rijen 1–50 van 90');
  });

  it('starts at the first page again when the sort changes', async () => {
    const { container } = render(WithWorkspace, { props: { component: GroupsScreen, dataset: manyUnits(30), benchmark } });
    await fireEvent.click(screen.getByRole('button', { name: 'Volgende rijen' }));
    await fireEvent.click(screen.getByRole('button', { name: /^Groep/ })); // group, descending: U30 first
    expect(firstGroup(container)).toBe('U30');
    expect(range()).toBe('Rijen 1–25 van 90');
  });

  it('has no pager for a short table', () => {
    const { container } = render(WithWorkspace, { props: { component: GroupsScreen, dataset: tinyDataset(), benchmark } });
    expect(rows(container)).toHaveLength(6);
    expect(screen.queryByTestId('groups-pager')).toBeNull();
  });

  it('speaks English', async () => {
    render(WithWorkspace, { props: { component: GroupsScreen, dataset: manyUnits(30), benchmark, locale: 'en' } });
    expect(range()).toBe('Rows 1–25 of 90');
    expect(screen.getByRole('navigation', { name: 'Table pages' })).toBeInTheDocument();
  });
});

describe('GroupsScreen: the benchmark can be changed on the screen', () => {
  const cell = (root: Element) => root.querySelector('tr[data-group="U01"][data-category="nederland"] td[data-benchmark]')?.textContent;

  it('looks the benchmark up again for a region, keeping the page', async () => {
    const profile = { name: 'Test', sector: '', region: '' };
    const { container } = render(WithWorkspace, { props: { component: GroupsScreen, dataset: manyUnits(30), benchmark: SECTOR_REGION_2024, profile } });
    expect(cell(container)).toBe('70,0%'); // national row: 0.7
    await fireEvent.click(screen.getByRole('button', { name: 'Volgende rijen' }));
    await fireEvent.change(screen.getByLabelText('Regio (arbeidsmarktregio of provincie)'), { target: { value: 'AM18' } });
    expect(range()).toBe('Rijen 26–50 van 90');
    await fireEvent.click(screen.getByRole('button', { name: 'Vorige rijen' }));
    expect(cell(container)).toBe('55,0%'); // region AM18: 0.55
    await fireEvent.change(screen.getByLabelText('Sector (SBI 2008)'), { target: { value: 'I' } });
    expect(cell(container)).toBe('50,0%'); // sector I × AM18: 0.5
  });
});

describe('GroupsScreen: a sort on a measure against the benchmark follows the benchmark', () => {
  // Nederland gap = count − total × benchmark. A (25 / 13 / 10, total 48), B (20 / 10 / 10, total 40).
  // National 70%: A 25 − 33.6 = −8.6, B 20 − 28 = −8: ascending A, B.
  // AM18 55%: A 25 − 26.4 = −1.4, B 20 − 22 = −2: ascending B, A.
  const dataset: Dataset = {
    scheme: 'herkomst',
    dimensions: ['afdeling'],
    dimensionLabels: { afdeling: 'Afdeling' },
    groups: [
      { key: { afdeling: 'A' }, total: 48, counts: { nederland: 25, europa: 13, 'buiten-europa': 10 } },
      { key: { afdeling: 'B' }, total: 40, counts: { nederland: 20, europa: 10, 'buiten-europa': 10 } },
    ],
    meta: { name: 'Twee' },
  };
  const order = (root: Element) => rows(root).map((r) => r.getAttribute('data-group'));

  it('sorts again when the region changes', async () => {
    const profile = { name: 'Test', sector: '', region: '' };
    const { container } = render(WithWorkspace, { props: { component: GroupsScreen, dataset, benchmark: SECTOR_REGION_2024, profile } });
    await fireEvent.change(screen.getByLabelText('Toon herkomst'), { target: { value: 'nederland' } });
    await fireEvent.click(screen.getByRole('button', { name: /^Verschil \(personen\)/ }));
    expect(order(container)).toEqual(['A', 'B']);
    await fireEvent.change(screen.getByLabelText('Regio (arbeidsmarktregio of provincie)'), { target: { value: 'AM18' } });
    expect(order(container)).toEqual(['B', 'A']);
    expect(container.querySelector('tr[data-group="B"] td[data-benchmark]')?.textContent).toBe('55,0%');
  });
});
