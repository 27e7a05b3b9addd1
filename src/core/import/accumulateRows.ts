import type { Accumulator } from './accumulator';
import { cachedNormalise, categoryIndex } from './categoryIndex';
import { createGroupKeys } from './groupKeys';
import { ABSENT, GroupStore } from './groupStore';
import { groupViews, UNUSABLE, type GroupAcc } from './groupViews';
import { createIssueSink } from './issueSink';
import { createCellReader, type CellValue } from './readCells';
import { fillDownLabels, footerTest } from './tableEdges';
import { wideRows } from './wideRows';
import { isTotalLabel } from './totalLabels';
import type { Plan } from './planImport';
import { isBlankCell, type SheetCell } from './sheetCell';

// `lastRow()` after `pushCodes`: no cells, so that no later row is taken for the same group by them.
const CODES_ROW: readonly SheetCell[] = Object.freeze([]);

/**
 * Sums rows into groups as they stream past, so no row outlives its callback. Cell problems
 * become issues at once; problems that need the whole file (scheme, totals) wait for the end.
 */
export function createAccumulator(plan: Plan): Accumulator {
  const normOf = cachedNormalise();
  const originHeader = plan.origin !== undefined ? plan.header[plan.origin]! : '';
  const countHeader = plan.count !== undefined ? plan.header[plan.count]! : '';
  const dims = plan.dimensions.map((d) => d.index);
  const stride = plan.shape === 'long' ? 1 : plan.categories.length;
  const acc: Accumulator = {
    plan, groups: new GroupStore(dims.length, stride, 1024), totals: new GroupStore(dims.length, stride), labels: [], issues: [], rowsRead: 0, pivotBlanks: 0,
    push, keyOf, groupsOf,
    lastRow: () => lastRow,
    pushSameGroup(originCell, value, rowNumber) {
      acc.rowsRead++;
      place(lastStore, lastGroup, originCell, value, rowNumber);
    },
    dimCode: (cell) => keys.codeOf(cell),
    isTotalCode: (code) => keys.isTotalCode(code),
    pushCodes(codes, originCell, value, rowNumber) {
      acc.rowsRead++;
      lastGroup = acc.groups.find(codes, rowNumber);
      lastStore = acc.groups;
      lastRow = CODES_ROW;
      place(lastStore, lastGroup, originCell, value, rowNumber);
    },
  };
  const sink = createIssueSink(acc.issues);
  const { report } = sink;
  const cells = createCellReader(plan, sink, () => acc.pivotBlanks++);
  const { readCell } = cells;
  const categoryOf = categoryIndex(acc.labels, normOf);
  const isFooter = footerTest(plan);
  const fillDown = fillDownLabels(plan);

  // Long files list a group's categories on consecutive rows: reusing the previous row's group
  // when its dimension cells are the same strings avoids looking it up on most rows.
  let lastRow: readonly SheetCell[] | undefined;
  let lastGroup = -1;
  let lastStore = acc.groups;
  let blankAfterData = false;

  function sameGroupAsLast(row: readonly SheetCell[]): boolean {
    if (!lastRow) return false;
    for (const d of dims) if (row[d] !== lastRow[d]) return false;
    return true;
  }

  const keys = createGroupKeys(dims, (label) => isTotalLabel(normOf(label)));

  const valsLength = () => (plan.shape === 'long' ? acc.labels.length : plan.categories.length);

  function groupsOf(store: GroupStore): Iterable<GroupAcc> {
    return groupViews(store, valsLength);
  }

  function keyOf(g: GroupAcc, out: string[] = new Array(dims.length)): string[] {
    for (let j = 0; j < dims.length; j++) out[j] = keys.label(g.store.code(g.index, j));
    return out;
  }

  /** 'long' reuses the last row's group; 'wide' reports a second row of a group; 'melt' does neither. -1: none. */
  function groupFor(row: readonly SheetCell[], rowNumber: number, mode: 'long' | 'wide' | 'melt'): number {
    if (mode === 'long' && sameGroupAsLast(row)) return lastGroup;
    const codes = keys.encode(row as readonly string[]);
    // a key with a total label is a totals row and lives in `totals` only
    const store = keys.total ? acc.totals : acc.groups;
    const g = store.find(codes, rowNumber);
    if (!store.created && mode === 'wide') {
      report('duplicate-row', rowNumber, undefined, { first: store.row(g) });
      return -1;
    }
    lastRow = row;
    lastGroup = g;
    lastStore = store;
    return g;
  }

  const pushWide = wideRows(plan, cells, report, (row, rowNumber) => groupFor(row, rowNumber, 'wide'), () => lastStore);

  function pushLong(row: readonly SheetCell[], rowNumber: number) {
    let originCell = (row[plan.origin!] as string | undefined) ?? '';
    // a pivot table's subtotal row ('Techniek Totaal') leaves the origin cell blank
    if (originCell.trim() === '' && dims.some((d) => isTotalLabel(normOf(String(row[d] ?? ''))))) originCell = 'Totaal';
    if (plan.melt) {
      // years as columns: each count column is the group of its year
      for (const m of plan.melt) {
        const value = readCell(row[m.index] ?? '', rowNumber, plan.header[m.index]!, true);
        (row as SheetCell[])[plan.width] = m.label;
        const g = groupFor(row, rowNumber, 'melt');
        place(lastStore, g, originCell, value, rowNumber);
      }
      return;
    }
    const value = readCell(row[plan.count!] ?? '', rowNumber, countHeader, true);
    const g = groupFor(row, rowNumber, 'long');
    place(lastStore, g, originCell, value, rowNumber);
  }

  function place(store: GroupStore, g: number, originCell: string, value: CellValue, rowNumber: number) {
    const i = categoryOf(originCell, rowNumber, originHeader);
    if (i < 0) {
      if (typeof value === 'number') store.setTotal(g, value, rowNumber);
      return;
    }
    if (store.get(g, i) !== ABSENT) return void report('duplicate-row', rowNumber, undefined, { first: store.row(g) });
    if (value === undefined) store.markIncomplete(g);
    store.set(g, i, value === undefined ? UNUSABLE : value === 'suppressed' ? NaN : value);
  }

  function push(row: readonly SheetCell[], rowNumber: number) {
    if (row.length !== plan.width || isBlankCell(row[plan.width - 1]) || isBlankCell(row[0])) {
      if (row.every(isBlankCell)) {
        if (acc.rowsRead > 0) blankAfterData = true;
        return;
      }
      if (isFooter(row, blankAfterData)) return;
    }
    if (row.length !== plan.width) {
      const blank = row.every(isBlankCell);
      if (blank) return;
      const extra = row.slice(plan.width).some((c) => !isBlankCell(c));
      if (row.length < plan.width || extra) {
        return void report('ragged-row', rowNumber, undefined, { found: row.length, expected: plan.width });
      }
    }
    acc.rowsRead++;
    if (plan.pivot) fillDown(row);
    if (plan.shape === 'long') pushLong(row, rowNumber);
    else pushWide(row, rowNumber);
  }

  return acc;
}
