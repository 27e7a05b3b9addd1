import { describe, expect, it } from 'vitest';
import { largestChange, trendsModel } from '../../../src/core/views/analysis';
import { categories, cells, table } from './fixtures';

// Organisation: 2022 200 staff (150 / 20 / 30), 2023 250 (175 / 25 / 50), 2024 260 (182 / 24 / 54).
// Units A and B in both years; unit C appears in 2024 (a reorganisation).
const published = table(
  10,
  cells({ jaar: '2022' }, 200, [150, 20, 30]),
  cells({ jaar: '2023' }, 250, [175, 25, 50]),
  cells({ jaar: '2024' }, 260, [182, 24, 54]),
  cells({ jaar: '2022', afdeling: 'A' }, 120, [90, 12, 18]),
  cells({ jaar: '2022', afdeling: 'B' }, 80, [60, 8, 12]),
  cells({ jaar: '2023', afdeling: 'A' }, 150, [105, 15, 30]),
  cells({ jaar: '2023', afdeling: 'B' }, 100, [70, 10, 20]),
  cells({ jaar: '2024', afdeling: 'A' }, 150, [105, 15, 30]),
  cells({ jaar: '2024', afdeling: 'B' }, 90, [60, 10, 20]),
  cells({ jaar: '2024', afdeling: 'C' }, 20, [15, 1, 4]),
);

describe('trendsModel', () => {
  it('gives the organisation one point per year, in year order', () => {
    const m = trendsModel(published, 'herkomst', 'jaar', null, categories);
    expect(m.years).toEqual(['2022', '2023', '2024']);
    expect(m.organisation.points.map((p) => p.total)).toEqual([200, 250, 260]);
    expect(m.organisation.points[1]!.shares['buiten-europa']).toBeCloseTo(0.2, 12); // 50 / 250
    // Buiten Europa 30/200 = 15% -> 54/260 = 20.77%: +5.77 pp.
    expect(m.overallChangePp['buiten-europa']).toBeCloseTo((54 / 260 - 0.15) * 100, 10);
    expect(m.groups).toEqual([]);
    expect(m.steps.every((s) => s.comparable)).toBe(true);
  });

  it('gives changes per group between years with the same groups', () => {
    const m = trendsModel(published, 'herkomst', 'jaar', 'afdeling', categories);
    expect(m.groups.map((g) => g.id)).toEqual(['A', 'B', 'C']);
    const first = m.steps[0]!;
    expect(first).toMatchObject({ from: '2022', to: '2023', comparable: true });
    // A Buiten Europa: 18/120 = 15% -> 30/150 = 20%: +5 pp.
    expect(first.changePp.A!['buiten-europa']).toBeCloseTo(5, 10);
  });

  it('says what changed instead of giving changes when a unit appears', () => {
    const m = trendsModel(published, 'herkomst', 'jaar', 'afdeling', categories);
    expect(m.steps[1]).toEqual({ from: '2023', to: '2024', comparable: false, changePp: {}, added: ['C'], removed: [] });
    // C has no 2022 or 2023 point: unknown, not zero.
    expect(m.groups[2]!.points[0]!.total).toBeNull();
  });

  it('names the category that moved most, first year to last', () => {
    const m = trendsModel(published, 'herkomst', 'jaar', null, categories);
    // Nederland 75% -> 182/260 = 70% (−5), Europa 10% -> 24/260 = 9.23% (−0.77),
    // Buiten Europa 15% -> 54/260 = 20.77% (+5.77): Buiten Europa moved most.
    const c = largestChange(m.organisation, categories)!;
    expect(c.category).toBe('buiten-europa');
    expect(c.changePp).toBeCloseTo((54 / 260 - 0.15) * 100, 10);
    expect(c).toMatchObject({ from: '2022', to: '2024' });
  });
});
