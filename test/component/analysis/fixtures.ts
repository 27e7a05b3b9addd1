import type { BenchmarkTable, Dataset, Group } from '../../../src/core/types';

/** A national benchmark table (no dimensions): 75% / 10% / 15%. */
export const benchmark: BenchmarkTable = {
  id: 'test-national',
  scheme: 'herkomst',
  year: 2024,
  population: 'jobs',
  dimensions: [],
  title: { nl: 'Test', en: 'Test' },
  provenance: { kind: 'illustrative', source: 'test' },
  rows: [{ key: {}, shares: { nederland: 0.75, europa: 0.1, 'buiten-europa': 0.15 } }],
};

const group = (key: Record<string, string>, counts: [number, number, number]): Group => ({
  key,
  total: counts[0] + counts[1] + counts[2],
  counts: { nederland: counts[0], europa: counts[1], 'buiten-europa': counts[2] },
});

/**
 * Two years × two units × two scales; every count ≥ 5 so that the Internal preset (group ≥ 10,
 * cell ≥ 5) hides nothing. 2024 unit A: S-laag 60 / 10 / 30, S-hoog 45 / 5 / 10;
 * unit B: S-laag 40 / 10 / 20, S-hoog 30 / 5 / 5. 2023 is 2024 minus 5 Buiten Europa per group.
 */
export function tinyDataset(): Dataset {
  const groups: Group[] = [];
  const y2024: Array<[string, string, [number, number, number]]> = [
    ['A', 'S-laag', [60, 10, 30]],
    ['A', 'S-hoog', [45, 5, 10]],
    ['B', 'S-laag', [40, 10, 20]],
    ['B', 'S-hoog', [30, 5, 5]],
  ];
  for (const [afdeling, schaal, c] of y2024) {
    groups.push(group({ jaar: '2024', afdeling, schaal }, c));
    groups.push(group({ jaar: '2023', afdeling, schaal }, [c[0], c[1], Math.max(5, c[2] - 5)]));
  }
  return {
    scheme: 'herkomst',
    dimensions: ['jaar', 'afdeling', 'schaal'],
    dimensionLabels: { jaar: 'Jaar', afdeling: 'Afdeling', schaal: 'Schaal' },
    groups,
    meta: { name: 'Tiny' },
  };
}

/**
 * `units` units U01, U02, … in one dimension, each 20 / 10 / 10 (total 40, so the Internal
 * preset hides nothing): a table of units × 3 rows, long enough to page through.
 */
export function manyUnits(units: number): Dataset {
  const groups = Array.from({ length: units }, (_, i) => group({ afdeling: `U${String(i + 1).padStart(2, '0')}` }, [20, 10, 10]));
  return { scheme: 'herkomst', dimensions: ['afdeling'], dimensionLabels: { afdeling: 'Afdeling' }, groups, meta: { name: 'Many' } };
}
