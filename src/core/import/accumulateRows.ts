import { createGroupKeys } from './groupKeys';
import { ABSENT, GroupStore } from './groupStore';
import { isTotalLabel } from './totalLabels';
import type { Issue, IssueParams } from '../types';
import { normaliseLabel } from '../classification/normaliseLabel';
import { makeIssue, type ImportIssueCode } from './makeIssue';
import { isAmbiguous, readNumber } from './readNumber';
import type { Plan } from './planImport';
import { isBlankCell, type SheetCell } from './sheetCell';

/** `vals[i]` of a category whose cell was unusable (and already reported). */
export const UNUSABLE = -1;

/**
 * One summed group (or totals row), read from its store for the checks at the end. Categories
 * are numbered in the order the file shows them (a wide table's columns, a long table's
 * labels): `vals[i]` is the count of category i, NaN when suppressed at the source, UNUSABLE
 * when its cell was wrong, undefined when absent. `groupsOf` reuses one object for every group:
 * use it before taking the next.
 */
export interface GroupAcc {
  store: GroupStore;
  /** The group's number in its store (Accumulator.keyOf gives its labels). */
  index: number;
  /** The row the group first appeared on. */
  row: number;
  vals: Array<number | undefined>;
  /** The Totaal column or 'Totaal' origin row; the headcount of a percentages row. */
  total?: number;
  totalRow?: number;
  /** A category cell was unusable (already reported), so sums over the row are not checked. */
  incomplete?: boolean;
}

/** A category label seen in the file, with where it first appeared. */
export interface LabelSeen {
  raw: string;
  row: number;
  column: string;
}

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
  /** A group's dimension labels, in the order of plan.dimensions. */
  keyOf(g: GroupAcc): string[];
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

/** The most issues one import reports; beyond this the file is clearly not what we expect. */
export const MAX_ISSUES = 1000;
export { isTotalLabel };

/** The columns whose cells are read as numbers (counts, shares, totals); the rest are labels. */
export function valueColumns(plan: Plan): Set<number> {
  const out = new Set<number>(plan.categories.map((c) => c.index));
  for (const i of [plan.count, plan.total]) if (i !== undefined) out.add(i);
  for (const b of plan.blocks) if (b.total !== undefined) out.add(b.total);
  for (const m of plan.melt ?? []) out.add(m.index);
  for (const u of plan.unknownCategories) out.add(u.index);
  return out;
}

// `lastRow()` after `pushCodes`: no cells, so that no later row is taken for the same group by them.
const CODES_ROW: readonly SheetCell[] = Object.freeze([]);

// A line below the table that only says where the figures come from ('Bron: CBS', '* voorlopig').
const FOOTER = /^(?:bron|source|noot|note|opmerking|toelichting|peildatum|gegenereerd|datum|\*)/i;

/**
 * Sums rows into groups as they stream past, so no row outlives its callback. Cell problems
 * become issues at once; problems that need the whole file (scheme, totals) wait for the end.
 */
export function createAccumulator(plan: Plan): Accumulator {
  const norms = new Map<string, string>();
  const normOf = (raw: string) => {
    let n = norms.get(raw);
    if (n === undefined) {
      n = normaliseLabel(raw);
      if (norms.size < 10_000) norms.set(raw, n);
    }
    return n;
  };
  const warned = new Set<string>();
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
  const report = (code: ImportIssueCode, row: number, column: string | undefined, params: IssueParams = {}, severity: Issue['severity'] = 'error') => {
    if (acc.issues.length < MAX_ISSUES) acc.issues.push(makeIssue(code, { row, column, severity }, params));
  };
  const warnOnce = (code: ImportIssueCode, row: number, column: string, params: IssueParams) => {
    if (warned.has(`${code} ${column}`)) return;
    warned.add(`${code} ${column}`);
    report(code, row, column, params, 'warning');
  };

  /** A count, percentage or total cell; undefined when it is unusable (already reported). */
  function readCell(cell: SheetCell, row: number, column: string, whole: boolean): number | 'suppressed' | undefined {
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

  // Long files list a group's categories on consecutive rows: reusing the previous row's group
  // when its dimension cells are the same strings avoids looking it up on most rows.
  let lastRow: readonly SheetCell[] | undefined;
  let lastGroup = -1;
  let lastStore = acc.groups;

  function sameGroupAsLast(row: readonly SheetCell[]): boolean {
    if (!lastRow) return false;
    for (const d of dims) if (row[d] !== lastRow[d]) return false;
    return true;
  }

  const keys = createGroupKeys(dims, (label) => isTotalLabel(normOf(label)));

  const valsLength = () => (plan.shape === 'long' ? acc.labels.length : plan.categories.length);

  function keyOf(g: GroupAcc): string[] {
    return dims.map((_, j) => keys.label(g.store.code(g.index, j)));
  }

  function* groupsOf(store: GroupStore): Generator<GroupAcc> {
    store.seal();
    const vals: Array<number | undefined> = new Array(valsLength());
    const view: GroupAcc = { store, index: 0, row: 0, vals };
    for (let g = 0; g < store.size; g++) {
      view.index = g;
      view.row = store.row(g);
      for (let i = 0; i < vals.length; i++) {
        const v = store.get(g, i);
        vals[i] = v === ABSENT ? undefined : v;
      }
      view.total = store.total(g);
      view.totalRow = view.total === undefined ? undefined : store.totalRow(g);
      view.incomplete = store.incomplete(g);
      yield view;
    }
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

  // Origin cell as written -> category number; -1 for a 'Totaal' label.
  const labelIndex = new Map<string, number>();
  const normIndex = new Map<string, number>();
  function categoryOf(cell: string, rowNumber: number, column: string): number {
    let i = labelIndex.get(cell);
    if (i !== undefined) return i;
    const raw = cell.trim();
    const norm = normOf(raw);
    i = isTotalLabel(norm) ? -1 : normIndex.get(norm);
    if (i === undefined) {
      i = acc.labels.length;
      acc.labels.push({ raw, row: rowNumber, column });
      normIndex.set(norm, i);
    }
    labelIndex.set(cell, i);
    return i;
  }

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

  function place(store: GroupStore, g: number, originCell: string, value: number | 'suppressed' | undefined, rowNumber: number) {
    const i = categoryOf(originCell, rowNumber, originHeader);
    if (i < 0) {
      if (typeof value === 'number') store.setTotal(g, value, rowNumber);
      return;
    }
    if (store.get(g, i) !== ABSENT) return void report('duplicate-row', rowNumber, undefined, { first: store.row(g) });
    if (value === undefined) store.markIncomplete(g);
    store.set(g, i, value === undefined ? UNUSABLE : value === 'suppressed' ? NaN : value);
  }

  function pushWide(row: readonly SheetCell[], rowNumber: number) {
    for (const block of plan.blocks) {
      if (block.label !== undefined) (row as SheetCell[])[plan.width] = block.label;
      pushBlock(row, rowNumber, block);
    }
  }

  /** A value cell; a blank one in a pivot table is 0 (Excel leaves the cells of no one empty). */
  function readValue(cell: SheetCell, rowNumber: number, column: string, whole: boolean) {
    if (plan.pivot && isBlankCell(cell)) {
      acc.pivotBlanks++;
      return 0;
    }
    return readCell(cell, rowNumber, column, whole);
  }

  function pushBlock(row: readonly SheetCell[], rowNumber: number, block: Plan['blocks'][number]) {
    const g = groupFor(row, rowNumber, 'wide');
    const store = lastStore;
    const percentages = plan.shape === 'percentages';
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

  let blankAfterData = false;
  const lastLabels: SheetCell[] = [];
  const values = valueColumns(plan);

  /** A footer line: after a blank line below the table, or starting 'Bron', with no number in it. */
  function isFooter(row: readonly SheetCell[]): boolean {
    let filled = 0;
    let first: SheetCell | undefined;
    for (let i = 0; i < row.length; i++) {
      const c = row[i]!;
      if (isBlankCell(c)) continue;
      first ??= c;
      if (++filled > 2 || (values.has(i) && typeof c !== 'string')) return false;
      if (values.has(i) && typeof readNumber(c as string, plan.numbers) === 'number') return false;
    }
    return filled > 0 && (blankAfterData || (typeof first === 'string' && FOOTER.test(first.trim())));
  }

  /** A pivot table prints a row label once: the blank cells below it repeat it. */
  function fillDown(row: readonly SheetCell[]) {
    for (const d of plan.dimensions) {
      if (d.index >= plan.width) continue;
      if (isBlankCell(row[d.index])) (row as SheetCell[])[d.index] = lastLabels[d.index] ?? '';
      else lastLabels[d.index] = row[d.index]!;
    }
  }

  function push(row: readonly SheetCell[], rowNumber: number) {
    if (row.length !== plan.width || isBlankCell(row[plan.width - 1]) || isBlankCell(row[0])) {
      if (row.every(isBlankCell)) {
        if (acc.rowsRead > 0) blankAfterData = true;
        return;
      }
      if (isFooter(row)) return;
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
