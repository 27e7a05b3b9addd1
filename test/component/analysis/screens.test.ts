import { describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import WithWorkspace from './WithWorkspace.svelte';
import { benchmark, tinyDataset } from './fixtures';
import GroupsScreen from '../../../src/components/analysis/GroupsScreen.svelte';
import PipelineScreen from '../../../src/components/analysis/PipelineScreen.svelte';
import TrendsScreen from '../../../src/components/analysis/TrendsScreen.svelte';
import TargetsScreen from '../../../src/components/analysis/TargetsScreen.svelte';
import type { Component } from 'svelte';

const show = (component: Component, locale: 'nl' | 'en' = 'nl') =>
  render(WithWorkspace, { props: { component, dataset: tinyDataset(), benchmark, locale } });
const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim());

// tinyDataset, 2024: unit A 160 staff (105 / 15 / 40), unit B 110 (70 / 15 / 25);
// S-laag 170 (100 / 20 / 50), S-hoog 100 (75 / 10 / 15); organisation 270 (175 / 30 / 65).
// 2023: organisation 255 (175 / 30 / 50).

describe('GroupsScreen', () => {
  it('shows every group × origin of the latest year with its share', () => {
    const { container } = show(GroupsScreen);
    const rows = container.querySelectorAll('[data-testid=groups-table] tbody tr');
    expect(rows).toHaveLength(6); // 2 units × 3 origins
    // A Nederland 105 / 160 = 65,6%; B Buiten Europa 25 / 110 = 22,7%
    expect(container.querySelector('tr[data-group="A"][data-category="nederland"] td[data-share]')?.textContent).toBe('65,6%');
    expect(container.querySelector('tr[data-group="B"][data-category="buiten-europa"] td[data-share]')?.textContent).toBe('22,7%');
    expect(container.querySelector('tr[data-group="A"][data-category="nederland"] td[data-benchmark]')?.textContent).toBe('75,0%');
  });

  it('draws the chart with the numbers of the table for the chosen origin', () => {
    const { container } = show(GroupsScreen);
    expect(container.querySelectorAll('[data-testid=groups-figure] svg.chart circle.dot')).toHaveLength(2);
    const chart = texts(container, '[data-testid=groups-figure] text.value');
    const table = texts(container, 'tr[data-category="nederland"] td[data-share]');
    expect(chart).toEqual(['65,6%', '63,6%']); // 105/160, 70/110
    expect(table).toEqual(chart);
    // One benchmark line across the groups, with its value written on it (Nederland 75%).
    expect(container.querySelectorAll('[data-testid=groups-figure] .benchmark line')).toHaveLength(1);
    expect(container.querySelector('[data-testid=groups-figure] .benchmark-value')?.textContent).toBe('benchmark 75,0%');
  });

  it('states a significance result per group (A: χ², expected 120 / 16 / 24 ≥ 5)', () => {
    const { container } = show(GroupsScreen);
    // A: χ² = (105−120)²/120 + (15−16)²/16 + (40−24)²/24 = 1.875 + 0.0625 + 10.667 = 12.60, df 2, p = e^(−6.30) = 0.0018.
    expect(container.querySelector('tr[data-group="A"][data-category="nederland"] .test')?.textContent).toBe('χ²-toets, p = 0,002: significant');
  });

  it('sorts by share when its header is pressed, and reverses on a second press', async () => {
    const { container, getByRole } = show(GroupsScreen);
    const button = getByRole('button', { name: /^Aandeel/ });
    await fireEvent.click(button);
    // Ascending by share: Europa A 9,4% (15/160), Europa B 13,6% (15/110), ...
    expect(texts(container, 'tbody tr td[data-share]').slice(0, 2)).toEqual(['9,4%', '13,6%']);
    expect(button.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await fireEvent.click(button);
    expect(texts(container, 'tbody tr td[data-share]')[0]).toBe('65,6%');
  });

  it('offers the finest groups (unit × scale) as a grouping', async () => {
    const { container, getByLabelText } = show(GroupsScreen);
    await fireEvent.change(getByLabelText('Indeling in groepen'), { target: { value: '*' } });
    // 2 units × 2 scales × 3 origins; A · S-laag Buiten Europa 30 / 100 = 30,0%.
    await waitFor(() => expect(container.querySelectorAll('[data-testid=groups-table] tbody tr')).toHaveLength(12));
    expect(container.querySelector('tr[data-group="A · S-laag"][data-category="buiten-europa"] td[data-share]')?.textContent).toBe('30,0%');
  });

  it('filters the groups by text', async () => {
    const { container, getByLabelText } = show(GroupsScreen);
    await fireEvent.input(getByLabelText('Zoek een groep'), { target: { value: 'b' } });
    expect(container.querySelectorAll('[data-testid=groups-table] tbody tr')).toHaveLength(3);
  });

  it('shows another year when chosen (2023: A Buiten Europa 30 / 150 = 20,0%)', async () => {
    const { container, getByLabelText } = show(GroupsScreen);
    await fireEvent.change(getByLabelText('Jaar'), { target: { value: '2023' } });
    // 2023 A: S-laag 60/10/25, S-hoog 45/5/5 -> 150 staff, 30 Buiten Europa.
    expect(container.querySelector('tr[data-group="A"][data-category="buiten-europa"] td[data-share]')?.textContent).toBe('20,0%');
  });
});

describe('PipelineScreen', () => {
  it('orders the levels as the data lists them (never A–Z) and shows each share per level in chart and table', () => {
    const { container } = show(PipelineScreen);
    // The data lists S-laag first; A–Z would give S-hoog, S-laag.
    expect(texts(container, '[data-testid=level-order] .level')).toEqual(['S-laag', 'S-hoog']);
    // S-laag Buiten Europa 50/170 = 29,4%; organisation 65/270 = 24,1%.
    expect(container.querySelector('tr[data-level="S-laag"] td[data-category="buiten-europa"]')?.textContent).toBe('29,4%');
    expect(container.querySelector('tr[data-level=""] td[data-category="buiten-europa"]')?.textContent).toBe('24,1%');
    // 3 origins × (2 levels + organisation) markers.
    expect(container.querySelectorAll('[data-testid=pipeline-figure] path.mark')).toHaveLength(9);
  });

  it('moves a level with the buttons and recomputes the top ratio', async () => {
    const { container, getByRole } = show(PipelineScreen);
    // Top = S-hoog: (15/100) / (65/270) = 0.15 / 0.2407 = 0.62.
    expect(container.querySelector('tr[data-ratio] td[data-category="buiten-europa"]')?.textContent).toBe('0,62');
    await fireEvent.click(getByRole('button', { name: 'S-hoog een plaats omhoog' }));
    await waitFor(() => expect(texts(container, '[data-testid=level-order] .level')).toEqual(['S-hoog', 'S-laag']));
    // Top = S-laag: Buiten Europa (50/170) / (65/270) = 0.2941 / 0.2407 = 1.22.
    expect(container.querySelector('tr[data-ratio] td[data-category="buiten-europa"]')?.textContent).toBe('1,22');
    expect(container.querySelector('[role=status]')?.textContent).toBe('S-hoog staat nu op plaats 1 van 2.');
  });
});

describe('TrendsScreen', () => {
  it('shows the organisation per year in chart and table, and says the years are comparable', () => {
    const { container } = show(TrendsScreen);
    // Buiten Europa 2023: 50/255 = 19,6%; 2024: 65/270 = 24,1%.
    expect(texts(container, '[data-testid=trends-table] td[data-category="buiten-europa"]')).toEqual(['19,6%', '24,1%']);
    expect(container.querySelectorAll('[data-testid=trends-figure] [data-series="buiten-europa"] path.mark')).toHaveLength(2);
    expect(container.querySelector('[data-testid=trend-comparability]')?.textContent).toContain('vergelijkbaar');
  });

  it('adds a table per group with the change in pp when a dimension is chosen', async () => {
    const { container, getByLabelText } = show(TrendsScreen);
    await fireEvent.change(getByLabelText('Ook per groep van'), { target: { value: 'afdeling' } });
    await waitFor(() => expect(container.querySelector('[data-testid=trends-groups-table]')).not.toBeNull());
    // A Buiten Europa: 30/150 = 20,0% -> 40/160 = 25,0%: +5,0 pp.
    const cells = texts(container, 'tr[data-group="A"][data-category="buiten-europa"] td.num');
    expect(cells).toEqual(['20,0%', '25,0%', '+5,0']);
  });
});

describe('TargetsScreen', () => {
  it('suggests no target where every non-Dutch share is above the benchmark', () => {
    const { container } = show(TargetsScreen);
    // Europa 30/270 = 11,1% > 10%, Buiten Europa 65/270 = 24,1% > 15%; Nederland never gets one.
    for (const c of ['nederland', 'europa', 'buiten-europa']) {
      expect((container.querySelector(`#target-${c}`) as HTMLInputElement).value).toBe('');
    }
    expect(container.querySelector('tr[data-category="europa"] td[data-target]')?.textContent).toBe('geen');
    expect(container.querySelector('[data-testid=targets-figure] .summary')?.textContent).toBe(
      'Stel een streefcijfer in om de benodigde instroom te zien.',
    );
  });

  it('shows progress, the gap and the intake needed once a target is typed, in chart and table', async () => {
    const { container } = show(TargetsScreen);
    await fireEvent.input(container.querySelector('#target-buiten-europa')!, { target: { value: '30' } });
    // Buiten Europa 65/270 = 24,07% -> 30% by 2029 at 10% turnover: d = 0.9^5 = 0.59049,
    // q = (0.30 − 0.24074 × 0.59049) / 0.40951 = 0.38545; progress 0.24074 / 0.30 = 80%; gap 65 − 81 = −16.
    const row = 'tr[data-category="buiten-europa"]';
    await waitFor(() => expect(container.querySelector(`${row} td[data-intake]`)?.textContent).toBe('38,5%'));
    expect(container.querySelector(`${row} td[data-target]`)?.textContent).toBe('30,0%');
    expect(texts(container, `${row} td.num`)).toEqual(['24,1%', '30,0%', '80%', '−16', '38,5%']);
    // Bar labels equal the table's shares; the target is drawn as a marker.
    expect(texts(container, '[data-testid=targets-figure] svg text.value')).toEqual(texts(container, 'td[data-share]'));
    // The target is an open diamond (not the benchmark's tick), labelled with its value, with a path from now.
    expect(container.querySelectorAll('[data-testid=targets-figure] svg.chart path.target')).toHaveLength(1);
    expect(container.querySelectorAll('[data-testid=targets-figure] .benchmark line')).toHaveLength(0);
    expect(container.querySelector('[data-testid=targets-figure] .target-value')?.textContent).toBe('doel 30,0%');
    expect(container.querySelectorAll('[data-testid=targets-figure] svg.chart line.path')).toHaveLength(1);
  });

  it('says what is wrong with an input, in words, and marks the field invalid', async () => {
    const { container } = show(TargetsScreen);
    const input = container.querySelector('#target-europa') as HTMLInputElement;
    await fireEvent.input(input, { target: { value: 'veel' } });
    await waitFor(() =>
      expect(container.querySelector('#target-europa-error')?.textContent).toMatch(/^Streefcijfer Europa.* \(%\): vul een getal in, bijvoorbeeld 12,5\.$/),
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const year = container.querySelector('#target-year') as HTMLInputElement;
    await fireEvent.input(year, { target: { value: '2020' } });
    await waitFor(() => expect(container.querySelector('#target-year-error')?.textContent).toBe('Streefjaar: kies een jaar na 2024.'));
  });

  it('speaks English when the language is English', async () => {
    const { container } = show(TargetsScreen, 'en');
    const year = container.querySelector('#target-year') as HTMLInputElement;
    await fireEvent.input(year, { target: { value: '2099' } });
    await waitFor(() => expect(container.querySelector('#target-year-error')?.textContent).toBe('Target year: choose 2054 at the latest.'));
  });
});
