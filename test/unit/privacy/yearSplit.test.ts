import { describe, expect, it } from 'vitest';
import { solver } from './highs';
import { publishWithStats } from '../../../src/core/privacy/publish';
import { auditPublished } from '../../../src/core/privacy/audit/auditPublished';
import type { Dataset } from '../../../src/core/types';
import { hiddenCells, makeDataset } from './makeDataset';
import { realisticTable } from './tables';

/** The dataset restricted to one year. */
function yearOf(dataset: Dataset, year: string): Dataset {
  return { ...dataset, groups: dataset.groups.filter((g) => g.key.jaar === year) };
}

describe('publish: a year dimension is never summed over', () => {
  it('publishes every level per year and nothing over all years, not even the organisation', () => {
    // 2 years × 2 units × 2 levels, every group 40 + 20 + 20 = 80: nothing is hidden under standard.
    // Per year: the year itself (1), its units (2), its levels (2), its finest groups (4) = 9 groups;
    // 2 years × 9 groups × (3 categories + total) = 72 cells. Over both years it would have been
    // (1 + 2 + 2 + 2 + 4 + 4 + 4 + 8) × 4 = 108.
    const rows: Array<Array<string | number>> = [];
    for (const jaar of ['2023', '2024']) for (const unit of ['A', 'B']) for (const level of ['laag', 'hoog']) rows.push([jaar, unit, level, 40, 20, 20]);
    const dataset = makeDataset(['jaar', 'afdeling', 'schaal'], rows);
    const { table, stats } = publishWithStats(dataset, 'standard', solver);
    expect(table.cells).toHaveLength(72);
    expect(table.cells.filter((c) => !('jaar' in c.key))).toEqual([]);
    expect(stats).toEqual({ audited: true, primary: 0, complementary: 0 });
    // 2024 as a whole: 4 groups × 80 = 320; 2024/A over both levels: 2 × 80 = 160
    const value = (key: Record<string, string>) => table.cells.find((c) => c.category === 'total' && JSON.stringify(c.key) === JSON.stringify(key))?.value;
    expect(value({ jaar: '2024' })).toBe(320);
    expect(value({ jaar: '2024', afdeling: 'A' })).toBe(160);
  });

  it('with the year as the only dimension, publishes each year and no total over the years', () => {
    // 2024 buiten-europa 8 < 10 is hidden; 2024's own sum 60 = 30 + 22 + 8 then takes europa 22.
    // 2023 (30, 20, 10) stays whole: no total over both years ties it to 2024.
    const dataset = makeDataset(['jaar'], [['2023', 30, 20, 10], ['2024', 30, 22, 8]]);
    const { table, stats } = publishWithStats(dataset, 'standard', solver);
    expect(table.cells.map((c) => c.key)).toEqual([...Array(4).fill({ jaar: '2023' }), ...Array(4).fill({ jaar: '2024' })]);
    expect(hiddenCells(table.cells)).toEqual(['2024:europa=complementary', '2024:buiten-europa=cell-too-small']);
    expect(stats.audited).toBe(true);
  });

  it('audits each year as its own part: the table is the one-year tables side by side', () => {
    // The year is not the first dimension here, so its cells interleave in the table; each year's
    // cells in table order must still be exactly what publishing that year alone gives.
    const dataset = realisticTable(['afdeling', 'jaar', 'niveau'], [8, 3, 3], 1, 120, 'log-uniform');
    for (const preset of ['standard', 'internal'] as const) {
      const { table, stats } = publishWithStats(dataset, preset, solver);
      expect(stats.audited).toBe(true);
      let primary = 0;
      let complementary = 0;
      for (const year of ['jaar-0', 'jaar-1', 'jaar-2']) {
        const alone = publishWithStats(yearOf(dataset, year), preset, solver);
        expect(alone.stats.audited).toBe(true);
        expect(table.cells.filter((c) => c.key.jaar === year)).toEqual(alone.table.cells);
        primary += alone.stats.primary;
        complementary += alone.stats.complementary;
      }
      expect(stats).toEqual({ audited: true, primary, complementary });
      // Not a vacuous comparison: each preset hides cells by the rules and more to protect them.
      expect(primary).toBeGreaterThan(0);
      expect(complementary).toBeGreaterThan(0);
      expect(auditPublished(dataset, table, solver)).toEqual([]);
    }
  });
});
