import type { Issue } from '../types';
import type { GroupStore } from './groupStore';
import type { GroupAcc } from './groupViews';
import type { LabelSeen } from './categoryIndex';
import type { Plan } from './planImport';
import type { SheetCell } from './sheetCell';

/** Rows summed into groups as they stream past (createAccumulator), with the fast paths' entry points. */
export interface Accumulator {
  plan: Plan;
  groups: GroupStore;
  /** Totals rows ('Totaal' in a dimension): never groups, checked against them at the end. */
  totals: GroupStore;
  /** Categories by number: a long table's labels in order of appearance, or a wide table's columns. */
  labels: LabelSeen[];
  issues: Issue[];
  rowsRead: number;
  /** Blank value cells of a pivot table read as 0 (said in the report). */
  pivotBlanks: number;
  /** A data row; only value columns may hold stored numbers (XLSX), labels are text. */
  push(row: readonly SheetCell[], rowNumber: number): void;
  /** A group's dimension labels, in the order of plan.dimensions (written into `out` if given). */
  keyOf(g: GroupAcc, out?: string[]): string[];
  /** The groups of a store, one at a time (one reused object). */
  groupsOf(store: GroupStore): Iterable<GroupAcc>;
  /** The row that last opened or reused a group (long tables), for the fast path's comparison. */
  lastRow(): readonly SheetCell[] | undefined;
  /**
   * For the fast path: what `push` does with a long row whose dimension cells equal
   * `lastRow()`'s and whose count cell is the digits of `value`, without the row itself.
   */
  pushSameGroup(originCell: string, value: number, rowNumber: number): void;
  /** For the fast path: the code of a dimension cell as written, and whether its label is a total. */
  dimCode(cell: string): number;
  isTotalCode(code: number): boolean;
  /**
   * For the fast path: what `push` does with a long row (no pivot, no years as columns) whose
   * dimension cells have these codes, none of them blank or a total, whose origin cell is
   * `originCell` (not blank) and whose count cell is the digits of `value`. Afterwards
   * `lastRow()` is a token that stands for this row.
   */
  pushCodes(codes: Int32Array, originCell: string, value: number, rowNumber: number): void;
}
