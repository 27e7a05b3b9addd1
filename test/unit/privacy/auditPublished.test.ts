import { describe, expect, it } from 'vitest';
import { solver } from './highs';
import { auditPublished } from '../../../src/core/privacy/audit/auditPublished';
import type { PublishedCell, PublishedTable } from '../../../src/core/privacy/types';
import { makeDataset } from './makeDataset';

const rules = { groupMin: 50, cellMin: 10 };
const dataset = makeDataset(['afdeling'], [['A', 40, 12, 8], ['B', 30, 15, 15]]);

/** Every cell of the dataset above (organisation 70, 27, 23, 120), with the listed ones hidden. */
function tableHiding(hidden: string[]): PublishedTable {
  const rows: Array<[Record<string, string>, number[]]> = [
    [{}, [70, 27, 23, 120]],
    [{ afdeling: 'A' }, [40, 12, 8, 60]],
    [{ afdeling: 'B' }, [30, 15, 15, 60]],
  ];
  const cats = ['nederland', 'europa', 'buiten-europa', 'total'];
  const cells: PublishedCell[] = rows.flatMap(([key, values]) =>
    cats.map((category, i) => {
      const id = `${key.afdeling ?? ''}:${category}`;
      return hidden.includes(id)
        ? { key, category, value: null, reason: 'complementary' as const }
        : { key, category, value: values[i]! };
    }),
  );
  return { rules, cells };
}

describe('auditPublished', () => {
  it('finds a hidden cell that its row gives away', () => {
    // only A buiten-europa hidden: 60 − 40 − 12 = 8
    const findings = auditPublished(dataset, tableHiding(['A:buiten-europa']), solver);
    expect(findings.map((f) => [f.problem, f.cell.key.afdeling, f.cell.category, f.min, f.max])).toEqual([
      ['pinned', 'A', 'buiten-europa', 8, 8],
    ]);
  });

  it('finds a bridge: two hidden cells in a row still pinned by their columns', () => {
    // A europa and A buiten-europa hidden; the columns europa 27 − 15 and buiten-europa 23 − 15 give them back
    const findings = auditPublished(dataset, tableHiding(['A:europa', 'A:buiten-europa']), solver);
    expect(findings.map((f) => [f.cell.category, f.min, f.max])).toEqual([
      ['europa', 12, 12],
      ['buiten-europa', 8, 8],
    ]);
  });

  it('accepts the 2 × 2 cycle, where each hidden cell ranges over [0, 20] or so', () => {
    expect(auditPublished(dataset, tableHiding(['A:europa', 'A:buiten-europa', 'B:europa', 'B:buiten-europa']), solver)).toEqual([]);
  });

  it('flags shown cells under the thresholds and shown attribute disclosure', () => {
    const small = makeDataset(['afdeling'], [['A', 40, 0, 8], ['B', 30, 15, 15]]);
    const table: PublishedTable = {
      rules,
      cells: [
        { key: { afdeling: 'A' }, category: 'nederland', value: 40 },
        { key: { afdeling: 'A' }, category: 'europa', value: 0 },
        { key: { afdeling: 'A' }, category: 'buiten-europa', value: 8 },
        { key: { afdeling: 'A' }, category: 'total', value: 48 },
      ],
    };
    // 8 < 10 (cell), 48 < 50 (group), 48 − 40 = 8 < 10 (attribute); a shown 0 is fine on its own
    expect(auditPublished(small, table, solver).map((f) => `${f.problem}:${f.cell.category}`)).toEqual([
      'cell-too-small:buiten-europa',
      'group-too-small:total',
      'attribute:nederland',
    ]);
  });
});
