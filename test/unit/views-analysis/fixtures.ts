import type { PublishedCell, PublishedTable } from '../../../src/core';

export const categories = ['nederland', 'europa', 'buiten-europa'];

/** One published group: its total and three counts (null = hidden with `reason`). */
export function cells(
  key: Record<string, string>,
  total: number | null,
  counts: [number | null, number | null, number | null],
  reason: PublishedCell['reason'] = 'cell-too-small',
): PublishedCell[] {
  return [
    { key, category: 'total', value: total, ...(total === null ? { reason: 'group-too-small' as const } : {}) },
    ...categories.map((category, i) => {
      const value = counts[i]!;
      return { key, category, value, ...(value === null ? { reason: total === null ? ('group-too-small' as const) : reason } : {}) };
    }),
  ];
}

export function table(groupMin: number, ...groups: PublishedCell[][]): PublishedTable {
  return { rules: { groupMin, cellMin: 5 }, cells: groups.flat() };
}
