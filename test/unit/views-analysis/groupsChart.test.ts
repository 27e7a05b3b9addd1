import { describe, expect, it } from 'vitest';
import { formatP, groupsChart, measureGroups, selectGroups, testGroups } from '../../../src/core/views/analysis';
import { categories, cells, table } from './fixtures';

const benchmark = { nederland: 0.75, europa: 0.1, 'buiten-europa': 0.15 };
// Buiten Europa: A 40/200 = 20% (above 15%), B 6/40 = 15% (equal), C hidden, D 10/100 = 10% (below).
const selected = selectGroups(
  table(
    10,
    cells({ afdeling: 'A' }, 200, [140, 20, 40]),
    cells({ afdeling: 'B' }, 40, [30, 4, 6]),
    cells({ afdeling: 'C' }, null, [null, null, null]),
    cells({ afdeling: 'D' }, 100, [80, 10, 10]),
  ),
  ['afdeling'],
  {},
  categories,
);
const rows = selected.cells;
const tests = testGroups(selected, benchmark);
const chart = (category: string, limit?: number) => groupsChart(rows, category, benchmark[category as keyof typeof benchmark], tests, limit);

describe('groupsChart', () => {
  it('draws one band per group with share, interval and benchmark; a hidden group as null', () => {
    const c = chart('buiten-europa');
    expect(c.bands).toEqual(['A', 'B', 'C', 'D']);
    expect(c.values.A!.value).toBeCloseTo(0.2, 12);
    expect(c.values.A!.low).toBeLessThan(0.2);
    expect(c.values.C).toBeNull();
    expect(c.benchmark.D).toBe(0.15);
  });

  it('counts below / above the benchmark over the groups with a shown share', () => {
    const c = chart('buiten-europa');
    expect({ shown: c.shown, below: c.below, above: c.above, count: c.count }).toEqual({ shown: 3, below: 1, above: 1, count: 4 });
  });

  it('cuts the chart at the limit but counts every group', () => {
    const c = chart('buiten-europa', 2);
    expect(c.bands).toEqual(['A', 'B']);
    expect(c.count).toBe(4);
    expect(c.shown).toBe(3);
  });

  it('counts the groups that differ significantly, from their tests', () => {
    // Against 75 / 10 / 15%: A χ² = 10²/150 + 0 + 10²/30 = 4, p = e^−2 = 0.135; D χ² = 5²/75 + 0 +
    // 5²/15 = 2, p = e^−1; B fits exactly. E (100: 50 / 20 / 30) χ² = 25²/75 + 10²/10 + 15²/15 =
    // 8.33 + 10 + 15 = 33.3, p = e^−16.7 < 0.05: the one significant group.
    const withE = selectGroups(
      table(10, cells({ afdeling: 'A' }, 200, [140, 20, 40]), cells({ afdeling: 'B' }, 40, [30, 4, 6]), cells({ afdeling: 'D' }, 100, [80, 10, 10]), cells({ afdeling: 'E' }, 100, [50, 20, 30])),
      ['afdeling'],
      {},
      categories,
    );
    expect(groupsChart(withE.cells, 'europa', 0.1, testGroups(withE, benchmark)).significant).toBe(1);
  });

  it('draws the same from unmeasured cells as from measured rows', () => {
    const measured = measureGroups(selected, benchmark).rows;
    expect(groupsChart(measured, 'europa', 0.1, tests)).toEqual(chart('europa'));
  });
});

describe('formatP', () => {
  it.each([
    [0.1353, 'nl', 'p = 0,135'],
    [0.04, 'en', 'p = 0.040'],
    [0.0002, 'nl', 'p < 0,001'],
  ] as const)('%f in %s', (p, locale, text) => {
    expect(formatP(p, locale)).toBe(text);
  });
});
