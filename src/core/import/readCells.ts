import type { IssueSink } from './issueSink';
import { isAmbiguous, readNumber } from './readNumber';
import type { Plan } from './planImport';
import { isBlankCell, type SheetCell } from './sheetCell';

/** What a count, percentage or total cell holds; undefined when it is unusable (already reported). */
export type CellValue = number | 'suppressed' | undefined;

export interface CellReader {
  /** A count, percentage or total cell; `whole` for counts. */
  readCell(cell: SheetCell, row: number, column: string, whole: boolean): CellValue;
  /** A category value cell; a blank one in a pivot table is 0 (Excel leaves the cells of no one empty). */
  readValue(cell: SheetCell, row: number, column: string, whole: boolean): CellValue;
}

/** Reads value cells in the file's number format, reporting each unusable one at its row and column. */
export function createCellReader(plan: Plan, sink: IssueSink, onPivotBlank: () => void): CellReader {
  const { report, warnOnce } = sink;

  function readCell(cell: SheetCell, row: number, column: string, whole: boolean): CellValue {
    if (typeof cell !== 'string') return storedNumber(typeof cell === 'number' ? cell : cell.percent, row, column, whole);
    const v = readNumber(cell, plan.numbers, whole);
    if (typeof v === 'number') {
      if (!plan.numbers.decimalKnown && /[.,]/.test(cell) && isAmbiguous(cell, plan.numbers)) {
        warnOnce('ambiguous-number', row, column, { value: cell.trim(), read: String(v) });
      }
      if (v < 0) return void report('negative-count', row, column, { value: cell.trim() });
      if (whole && !Number.isInteger(v)) return void report('fractional-count', row, column, { value: cell.trim() });
      return v;
    }
    if (v === 'suppressed') return v;
    if (v === 'empty') return void report('missing-count', row, column);
    return void report('not-a-number', row, column, { value: cell.trim() });
  }

  /** A number the workbook stores as one: read as it is, checked as any count. */
  function storedNumber(v: number, row: number, column: string, whole: boolean): number | undefined {
    if (v < 0) return void report('negative-count', row, column, { value: v });
    if (whole && !Number.isInteger(v)) return void report('fractional-count', row, column, { value: v });
    return v;
  }

  return {
    readCell,
    readValue(cell, row, column, whole) {
      if (plan.pivot && isBlankCell(cell)) {
        onPivotBlank();
        return 0;
      }
      return readCell(cell, row, column, whole);
    },
  };
}
