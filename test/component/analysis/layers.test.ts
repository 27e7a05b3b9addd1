import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import LayerHarness from './LayerHarness.svelte';
import WithSettings from '../WithSettings.svelte';
import Legend from '../../../src/charts/Legend.svelte';

// Width 600 − left margin 200 = 400 px for 0–100%: x(v) = 400 × v.
const fmt = (v: number) => `${Math.round(v * 100)}%`;

describe('DotsWithWhiskers', () => {
  const values = { a: { value: 0.5, low: 0.25, high: 0.75 }, b: null, c: { value: 0.1, low: 0.05, high: 0.2 } };

  it('draws a dot at each value and a whisker from low to high; none for a suppressed band', () => {
    const { container } = render(LayerHarness, { props: { bands: ['a', 'b', 'c'], dots: { values, format: fmt, suppressedMark: 'afgeschermd' } } });
    const dots = [...container.querySelectorAll('circle.dot')];
    expect(dots.map((d) => d.getAttribute('data-band'))).toEqual(['a', 'c']);
    expect(Number(dots[0]!.getAttribute('cx'))).toBeCloseTo(200, 6); // 400 × 0.5
    const whisker = container.querySelector('.whisker[data-band="a"] line')!;
    expect(Number(whisker.getAttribute('x1'))).toBeCloseTo(100, 6); // 400 × 0.25
    expect(Number(whisker.getAttribute('x2'))).toBeCloseTo(300, 6); // 400 × 0.75
  });

  it('writes each value beside its whisker and "afgeschermd" (never a 0) for the suppressed band', () => {
    const { container } = render(LayerHarness, { props: { bands: ['a', 'b', 'c'], dots: { values, format: fmt, suppressedMark: 'afgeschermd' } } });
    expect([...container.querySelectorAll('text.value')].map((t) => t.textContent)).toEqual(['50%', 'afgeschermd', '10%']);
  });
});

describe('SeriesDots', () => {
  const series = [
    { id: 'p', label: 'P', values: { a: 0.2, b: 0.4, c: 0.6 } },
    { id: 'q', label: 'Q', values: { a: 0.5, b: null, c: 0.3 } },
  ];

  it('draws a marker per known value, a different shape per series, and a direct label', () => {
    const { container } = render(LayerHarness, { props: { bands: ['a', 'b', 'c'], series: { series } } });
    expect(container.querySelectorAll('[data-series="p"] path.mark')).toHaveLength(3);
    expect(container.querySelectorAll('[data-series="q"] path.mark')).toHaveLength(2);
    const shapeP = container.querySelector('[data-series="p"] path.mark')!.getAttribute('d');
    const shapeQ = container.querySelector('[data-series="q"] path.mark')!.getAttribute('d');
    expect(shapeP).not.toBe(shapeQ);
    expect(container.querySelector('[data-series="p"] path.mark[data-band="b"]')!.getAttribute('transform')).toMatch(/^translate\(160,/); // 400 × 0.4
    // Labels go left to right above the first markers: P starts at 20%, Q at 50%.
    expect([...container.querySelectorAll('text.label')].map((t) => t.textContent)).toEqual(['P', 'Q']);
  });

  it('moves a direct label up a line when it would overlap its neighbour', () => {
    const close = [
      { id: 'p', label: 'Europa', values: { a: 0.1 } },
      { id: 'q', label: 'Buiten Europa', values: { a: 0.12 } },
    ];
    const { container } = render(LayerHarness, { props: { bands: ['a'], series: { series: close } } });
    // 10% and 12% are 8 units apart; the labels are ~40 and ~85 units wide, so Q goes one line (15 px) higher.
    const y = (id: string) => Number(container.querySelector(`text.label[data-series="${id}"]`)!.getAttribute('y'));
    expect(y('p') - y('q')).toBe(15);
  });

  it('joins the markers with one line, broken at a break band and at an unknown value', () => {
    const { container } = render(LayerHarness, { props: { bands: ['a', 'b', 'c'], series: { series, connect: true, breaks: ['c'] } } });
    const p = container.querySelector('[data-series="p"] path.link')!.getAttribute('d')!;
    // P: a–b joined, then a new segment starts at c: two moveto commands.
    expect(p.match(/M/g)).toHaveLength(2);
    const q = container.querySelector('[data-series="q"] path.link')!.getAttribute('d')!;
    // Q: a alone (b unknown), c alone: two single-point segments.
    expect(q.match(/M/g)).toHaveLength(2);
  });

  it('draws no line unless asked', () => {
    const { container } = render(LayerHarness, { props: { bands: ['a', 'b', 'c'], series: { series } } });
    expect(container.querySelectorAll('path.link')).toHaveLength(0);
  });
});

describe('Legend', () => {
  it('shows a dot, a whisker and series shapes as well as its older symbols', () => {
    type Props = ComponentProps<typeof Legend>;
    const props: Props = {
      entries: [
        { symbol: 'dot', label: 'aandeel' },
        { symbol: 'whisker', label: 'interval' },
        { symbol: 'series', series: 1, label: 'Europa' },
        { symbol: 'bar', label: 'organisatie' },
      ],
    };
    const { container } = render(WithSettings<Props>, { props: { component: Legend, props } });
    expect(container.querySelectorAll('li')).toHaveLength(4);
    expect(container.querySelector('svg circle.dot')).not.toBeNull();
    expect(container.querySelector('svg path.whisker')).not.toBeNull();
    expect(container.querySelector('svg.tone-1 path.shape')).not.toBeNull();
    expect(container.querySelector('.swatch.bar')).not.toBeNull();
  });
});

describe('AxisX', () => {
  const anchors = (container: Element) => [...container.querySelectorAll('.axis text')].map((t) => [t.textContent, t.getAttribute('text-anchor')]);

  it('keeps the end labels inside the chart when the margins are narrow', () => {
    // left 4, right 0: 0% sits 4 px from the edge and 100% at it, so they start and end at their ticks.
    const { container } = render(LayerHarness, { props: { bands: ['a'], axis: true, left: 4, right: 0 } });
    const got = anchors(container);
    expect(got[0]).toEqual(['0%', 'start']);
    expect(got.at(-1)).toEqual(['100%', 'end']);
    expect(got.slice(1, -1).every(([, a]) => a === 'middle')).toBe(true);
  });

  it('centres them where the margins leave room', () => {
    const { container } = render(LayerHarness, { props: { bands: ['a'], axis: true, left: 200, right: 40 } });
    expect(anchors(container).every(([, a]) => a === 'middle')).toBe(true);
  });
});
