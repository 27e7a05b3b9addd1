import type { GroupStore } from './groupStore';
import type { IssueSink } from './issueSink';
import type { Plan } from './planImport';
import type { CellReader } from './readCells';
import { isBlankCell, type SheetCell } from './sheetCell';

/** Finds (or opens) the group of a row: its number in `storeOf()`, -1 for a second row of a group (reported). */
export type WideGroupFor = (row: readonly SheetCell[], rowNumber: number) => number;

/**
 * Pushes a wide (or percentages) row: each block of category columns (one per year of a group
 * header row) is a group, its cells the categories, its Totaal column or the headcount its total.
 */
export function wideRows(plan: Plan, cells: CellReader, report: IssueSink['report'], groupFor: WideGroupFor, storeOf: () => GroupStore): (row: readonly SheetCell[], rowNumber: number) => void {
  const { readCell, readValue } = cells;
  const percentages = plan.shape === 'percentages';

  function pushBlock(row: readonly SheetCell[], rowNumber: number, block: Plan['blocks'][number]) {
    const g = groupFor(row, rowNumber);
    const store = storeOf();
    for (const ci of block.categories) {
      const c = plan.categories[ci]!;
      const v = readValue(row[c.index] ?? '', rowNumber, c.header, !percentages);
      const invalid = percentages && typeof v === 'number' && v > 100;
      if (invalid) report('invalid-percentage', rowNumber, c.header, { value: v });
      if (g < 0) continue;
      if (v === undefined || invalid) store.markIncomplete(g);
      else store.set(g, ci, v === 'suppressed' ? NaN : v);
    }
    const headcount = percentages ? (block.total ?? plan.count ?? plan.total) : block.total;
    if (headcount !== undefined) {
      const cell = row[headcount] ?? '';
      const v = isBlankCell(cell) && !percentages ? undefined : readCell(cell, rowNumber, plan.header[headcount]!, true);
      if (g >= 0 && typeof v === 'number') store.setTotal(g, v, rowNumber);
    }
  }

  return (row, rowNumber) => {
    for (const block of plan.blocks) {
      if (block.label !== undefined) (row as SheetCell[])[plan.width] = block.label;
      pushBlock(row, rowNumber, block);
    }
  };
}
