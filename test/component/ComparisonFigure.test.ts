import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import WithSettings from './WithSettings.svelte';
import ComparisonFigure from '../../src/components/ComparisonFigure.svelte';
import type { OverviewModel } from '../../src/core';

// 200 staff: 140 Nederland (70%), 20 Europa (10%), 40 Buiten Europa (20%);
// benchmark 75% / 10% / 15%.
const row = (category: string, count: number | null, share: number | null, bench: number) => ({
  category,
  count,
  share,
  benchmarkShare: bench,
  differencePp: share === null ? null : (share - bench) * 100,
  index: share === null ? null : share / bench,
  expected: 200 * bench,
  gap: count === null ? null : count - 200 * bench,
});

const model: OverviewModel = {
  key: { jaar: '2024' },
  total: 200,
  rows: [row('nederland', 140, 0.7, 0.75), row('europa', 20, 0.1, 0.1), row('buiten-europa', 40, 0.2, 0.15)],
};
const labels = { nederland: 'Nederland', europa: 'Europa', 'buiten-europa': 'Buiten Europa' };

function renderFigure(m: OverviewModel, locale: 'nl' | 'en' = 'nl') {
  type Props = ComponentProps<typeof ComparisonFigure>;
  const props: Props = { id: 't', model: m, labels, caption: 'Cap', summary: 'Sum' };
  return render(WithSettings<Props>, { props: { component: ComparisonFigure, props, locale } });
}

/** A cell's text as read: without the soft hyphens (U+00AD) at which "af-ge-schermd" may break. */
const shown = (text: string | null | undefined) => text?.replace(/\u00ad/g, '').trim();

describe('ComparisonFigure', () => {
  it('draws one bar per category, each labelled with the share its table row shows', () => {
    const { container } = renderFigure(model);
    const bars = container.querySelectorAll('rect.bar');
    expect(bars).toHaveLength(3);
    const barLabels = [...container.querySelectorAll('text.value')].map((t) => t.textContent?.trim());
    const tableShares = [...container.querySelectorAll('td[data-share]')].map((t) => t.textContent?.trim());
    expect(barLabels).toEqual(['70,0%', '10,0%', '20,0%']);
    expect(tableShares).toEqual(barLabels);
  });

  it('orders bar lengths by share and puts a benchmark marker per category', () => {
    const { container } = renderFigure(model);
    const widths = [...container.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('width')));
    // 70% > 20% > 10%: the bar of Nederland is 7× that of Europa on a linear scale from 0.
    expect(widths[0]! / widths[1]!).toBeCloseTo(7, 5);
    expect(widths[2]! / widths[1]!).toBeCloseTo(2, 5);
    expect(container.querySelectorAll('.benchmark line')).toHaveLength(3);
  });

  it('shows a suppressed category as "afgeschermd" in the chart (no bar, never 0) and in the table (never ".")', () => {
    const europa = { ...row('europa', null, null, 0.1), reason: 'cell-too-small' as const };
    const suppressed: OverviewModel = { ...model, rows: [model.rows[0]!, europa, model.rows[2]!] };
    const { container } = renderFigure(suppressed);
    expect(container.querySelector('rect.bar[data-band="europa"]')?.getAttribute('width')).toBe('0');
    expect([...container.querySelectorAll('text.value')][1]?.textContent?.trim()).toBe('afgeschermd');
    // count, share, difference and index are hidden; the benchmark's own 10,0% is public
    const cells = [...container.querySelectorAll('tr[data-category="europa"] td')];
    expect(cells.map((c) => shown(c.textContent))).toEqual(['afgeschermd', 'afgeschermd', '10,0%', 'afgeschermd', 'afgeschermd']);
    // the reason is the cell's title (its accessible description)
    expect(cells[0]?.getAttribute('title')).toBe('niet getoond: te weinig personen');
    expect(container.querySelector('table')?.textContent).not.toMatch(/(^|\s)\.(\s|$)/);
  });

  it('says "suppressed" in English, and "–" where there is no benchmark to compare with', () => {
    const europa = { ...row('europa', null, null, 0.1), reason: 'cell-too-small' as const };
    // Buiten Europa: 40 staff shown, but the benchmark lacks the category: nothing to compare
    const noBench = { ...row('buiten-europa', 40, 0.2, 0.15), benchmarkShare: null, differencePp: null, index: null };
    const { container } = renderFigure({ ...model, rows: [model.rows[0]!, europa, noBench] }, 'en');
    const texts = (category: string) => [...container.querySelectorAll(`tr[data-category="${category}"] td`)].map((c) => shown(c.textContent));
    expect(texts('europa')).toEqual(['suppressed', 'suppressed', '10.0%', 'suppressed', 'suppressed']);
    expect(texts('buiten-europa')).toEqual(['40', '20.0%', '–', '–', '–']);
  });

  it('formats numbers in English with a decimal point', () => {
    const { container } = renderFigure(model, 'en');
    expect(container.querySelector('tr[data-category="nederland"] td[data-share]')?.textContent?.trim()).toBe('70.0%');
  });

  it('names the chart by its caption and describes it by its summary', () => {
    const { container } = renderFigure(model);
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('role', 'img');
    expect(svg).toHaveAttribute('aria-labelledby', 't-caption');
    expect(container.querySelector('#t-summary')?.textContent).toBe('Sum');
  });
});
