import { describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import type { Component } from 'svelte';
import WithWorkspace from './WithWorkspace.svelte';
import { benchmark, tinyDataset } from './fixtures';
import type { Dataset } from '../../../src/core/types';
import GroupsScreen from '../../../src/components/analysis/GroupsScreen.svelte';
import PipelineScreen from '../../../src/components/analysis/PipelineScreen.svelte';
import TrendsScreen from '../../../src/components/analysis/TrendsScreen.svelte';
import TargetsScreen from '../../../src/components/analysis/TargetsScreen.svelte';

const show = (component: Component, dataset: Dataset = tinyDataset()) =>
  render(WithWorkspace, { props: { component, dataset, benchmark, locale: 'nl' } });
const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim());

describe('the Figure frame', () => {
  it('has a title, a summary, the chart, the table in a named scroll box, the source line and one export menu', async () => {
    const { container } = show(GroupsScreen);
    const figure = container.querySelector('[data-testid=groups-figure]')!;
    const caption = figure.querySelector('figcaption')!;
    expect(figure.getAttribute('aria-labelledby')).toBe(caption.id);
    expect(caption.textContent).toContain('Nederland');
    expect(figure.querySelector('#groups-summary')?.textContent).toMatch(/groep/);
    expect(figure.querySelector('svg.chart')?.getAttribute('aria-describedby')).toBe('groups-summary');
    const region = figure.querySelector('.table-scroll')!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(container.querySelector(`#${region.getAttribute('aria-labelledby')}`)?.tagName).toBe('CAPTION');
    expect(region.querySelector('table')).not.toBeNull();
    // The test workspace shows a dataset named 'Test' with the illustrative national benchmark.
    expect(figure.querySelector('[data-testid=groups-source]')?.textContent).toMatch(/^Bron: eigen gegevens \(Test\)\. Benchmark: /);
    // The export menu loads after the first paint.
    await waitFor(() => expect(figure.querySelectorAll('.export button[aria-expanded]')).toHaveLength(1));
  });

  it.each([
    ['groups', GroupsScreen],
    ['pipeline', PipelineScreen],
    ['trends', TrendsScreen],
    ['targets', TargetsScreen],
  ] as const)('frames the %s view, with its export menu', async (id, screen) => {
    const { container } = show(screen);
    const figure = container.querySelector(`[data-testid=${id}-figure]`)!;
    expect(figure.tagName).toBe('FIGURE');
    await waitFor(() => expect(figure.querySelector('.export button[aria-expanded]')?.textContent).toMatch(/Exporteren/));
    expect(figure.querySelector('.table-scroll table')).not.toBeNull();
    expect(figure.querySelector('.source')?.textContent).toMatch(/^Bron: /);
  });
});

describe('the groups figure', () => {
  it('sorts the chart by the difference from the benchmark, largest shortfall first', async () => {
    const { container, getByLabelText } = show(GroupsScreen);
    // By name: A 105/160 = 65,6%, B 70/110 = 63,6%.
    expect(texts(container, '[data-testid=groups-figure] svg.chart text.value')).toEqual(['65,6%', '63,6%']);
    await fireEvent.change(getByLabelText('Volgorde in de grafiek'), { target: { value: 'gap' } });
    // Against 75%: A −9,4 pp, B −11,4 pp: B first.
    await waitFor(() => expect(texts(container, '[data-testid=groups-figure] svg.chart text.value')).toEqual(['63,6%', '65,6%']));
  });

  it('writes a suppressed group as "afgeschermd", with no dot and never a 0 or "."', () => {
    const dataset = tinyDataset();
    // Unit C has 4 staff in 2024: below the Internal preset's group minimum of 10, so hidden.
    dataset.groups.push({ key: { jaar: '2024', afdeling: 'C', schaal: 'S-laag' }, total: 4, counts: { nederland: 2, europa: 1, 'buiten-europa': 1 } });
    const { container } = show(GroupsScreen, dataset);
    const chart = container.querySelector('[data-testid=groups-figure] svg.chart')!;
    expect(chart.querySelector('text.value[data-band="C"]')?.textContent).toBe('afgeschermd');
    expect(chart.querySelector('circle.dot[data-band="C"]')).toBeNull();
    expect(texts(chart, 'text.value')).not.toContain('.');
    expect(texts(chart, 'text.value')).not.toContain('0,0%');
  });
  it('writes the suppressed group as "afgeschermd" in its table too, with the reason as the title', () => {
    const dataset = tinyDataset();
    // As above: unit C (4 staff) is below the Internal preset's group minimum of 10.
    dataset.groups.push({ key: { jaar: '2024', afdeling: 'C', schaal: 'S-laag' }, total: 4, counts: { nederland: 2, europa: 1, 'buiten-europa': 1 } });
    const { container } = show(GroupsScreen, dataset);
    const rows = [...container.querySelectorAll('[data-testid=groups-table] tr[data-group="C"]')];
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      // total, count, share, difference, index, expected, gap, interval: all hidden; the
      // benchmark's share is public and stays a number
      const cells = [...row.querySelectorAll('td.num:not([data-benchmark])')];
      // (the word may break at its soft hyphens, U+00AD: af-ge-schermd)
      expect(cells.map((c) => c.textContent?.replace(/\u00ad/g, '').trim())).toEqual(Array(8).fill('afgeschermd'));
      expect(cells[0]?.getAttribute('title')).toBe('niet getoond: de groep is te klein');
      expect(row.querySelector('td[data-benchmark]')?.textContent).toMatch(/^\d+,\d%$/);
    }
  });
});

describe('the pipeline figure', () => {
  it('never offers a location as a level', () => {
    const dataset = tinyDataset();
    dataset.dimensionLabels = { jaar: 'Jaar', afdeling: 'Vestiging', schaal: 'Schaal' };
    const { getByLabelText } = show(PipelineScreen, dataset);
    const select = getByLabelText('Kenmerk met niveaus') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Schaal']);
  });
});

describe('the trends figure', () => {
  it('puts the years on the x-axis, left to right, with each origin’s benchmark as its own line', () => {
    const { container } = show(TrendsScreen);
    const chart = container.querySelector('[data-testid=trends-figure] svg.chart')!;
    const years = [...chart.querySelectorAll('text.year')];
    expect(years.map((t) => t.textContent)).toEqual(['2023', '2024']);
    expect(Number(years[0]!.getAttribute('x'))).toBeLessThan(Number(years[1]!.getAttribute('x')));
    // Same height: the years share one axis line at the bottom.
    expect(years[0]!.getAttribute('y')).toBe(years[1]!.getAttribute('y'));
    // One dotted benchmark line per origin (75%, 10%, 15%), each labelled.
    expect(chart.querySelectorAll('line.benchmark-line')).toHaveLength(3);
    expect(texts(chart, 'text.end-label.benchmark')).toEqual(['benchmark 75%', 'benchmark 10%', 'benchmark 15%']);
  });
});
