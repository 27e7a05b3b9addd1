import type { CellTable } from './buildCells';
import type { DisclosureRules } from './rules';
import type { SuppressionReason } from './types';

/** Reason codes per cell, 0 = published; indices into REASONS. */
export const REASONS: ReadonlyArray<SuppressionReason | undefined> = [
  undefined,
  'group-too-small',
  'source',
  'attribute',
  'cell-too-small',
  'complementary',
];
export const GROUP_TOO_SMALL = 1;
export const CELL_TOO_SMALL = 4;
export const COMPLEMENTARY = 5;

/**
 * Primary suppression, per group at every level: a group under groupMin hides its total and every
 * category; a category that includes a cell suppressed at the source stays unknown; a group whose
 * known people fall all (or all but fewer than cellMin) in one category hides every category with
 * reason 'attribute' — all of them, so the reason cannot point at the dominant one; otherwise a
 * non-zero category under cellMin is hidden.
 */
export function suppressPrimary(table: CellTable, rules: DisclosureRules): Uint8Array {
  const C = table.finest.categories.length;
  const width = C + 1;
  const { values, source } = table;
  const codes = new Uint8Array(values.length);
  table.groups.forEach((list, s) => {
    for (let g = 0; g < list.length; g++) {
      const cell = table.base[s]! + g * width;
      if (values[cell + C]! < rules.groupMin) {
        codes.fill(1, cell, cell + width);
        continue;
      }
      let sum = 0;
      let max = 0;
      for (let k = 0; k < C; k++) {
        sum += values[cell + k]!;
        max = Math.max(max, values[cell + k]!);
      }
      const attribute = sum > 0 && sum - max < rules.cellMin;
      for (let k = 0; k < C; k++) {
        const v = values[cell + k]!;
        if (source[cell + k]) codes[cell + k] = 2;
        else if (attribute) codes[cell + k] = 3;
        else if (v > 0 && v < rules.cellMin) codes[cell + k] = 4;
      }
    }
  });
  return codes;
}
