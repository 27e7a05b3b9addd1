import type { DetectedFormat, Issue } from '../types';
import type { LabelMeaning } from '../classification/labels';
import { normaliseLabel } from '../classification/normaliseLabel';
import { isTotalLabel } from './totalLabels';
import { makeIssue } from './makeIssue';
import { mapColumns, type ColumnPlan } from './mapColumns';
import { readNumber, sniffNumberFormat, type NumberFormat } from './readNumber';
import type { ImportEngineOptions } from './options';
import { cellText, type SheetCell } from './sheetCell';
import { isFlowColumn } from '../flows/flowHeaders';
import { columnsAsDimension, planShares, type ColumnsDimension } from './planColumns';

/** A category column of a wide or percentages table. */
export interface CategoryColumn {
  index: number;
  header: string;
  meaning: LabelMeaning;
}

/** Category columns under one label of a group header row (a year), or all of them. */
export interface Block {
  /** The group header's label: the value of the block dimension for these columns. */
  label?: string;
  /** Numbers into `Plan.categories`. */
  categories: number[];
  total?: number;
}

/** How to read every data row, decided once from the header and a sample of rows. */
export interface Plan {
  shape: DetectedFormat['shape'];
  width: number;
  header: string[];
  /** The header's spreadsheet row (below titles and filter lines it is not 1). */
  headerRow: number;
  /**
   * Grouping columns. One of them may be made from column headers (years as columns, or a group
   * header row's labels): its `index` is `width`, the cell each row is given while it is read.
   */
  dimensions: Array<{ index: number; id: string; header: string }>;
  categories: CategoryColumn[];
  blocks: Block[];
  /** Count columns whose headers are the values of a dimension (a long table with years as columns). */
  melt?: Array<{ index: number; label: string }>;
  /** Unrecognised numeric columns among the categories of a wide table. */
  unknownCategories: Array<{ index: number; header: string }>;
  origin?: number;
  count?: number;
  total?: number;
  numbers: NumberFormat;
  /** An Excel pivot table: a blank value cell means 0, blank labels repeat the one above. */
  pivot: boolean;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; issues: Issue[] };

/** Where the header was found and what stood above it. */
export interface HeaderContext {
  headerRow: number;
  groupHeader?: string[];
  pivot?: boolean;
}

/**
 * Decides the shape from the header: an origin column with a count column is long (several
 * numeric columns instead of one are the values of a dimension: years as columns); one column
 * per category is wide, or percentages when those cells or headers carry '%' or each row adds to
 * 100. Refuses per-person files and duplicate columns here, before a single data row is read.
 */
export function planImport(
  header: string[],
  sample: SheetCell[][],
  options: ImportEngineOptions,
  fallbackDecimal: ',' | '.',
  context: HeaderContext = { headerRow: 1 },
): PlanResult {
  const at = context.headerRow;
  const columns = mapColumns(header, options.mapping);
  const issues: Issue[] = columns
    .filter((c) => c.kind === 'person')
    .map((c) => makeIssue('person-identifying-column', { row: at, column: c.header }));
  // A file of flows read as staff would count hires and leavers as employees: send it to its own import.
  const flowColumn = columns.findIndex((c, i) => c.kind === 'dimension' && isFlowColumn(c.header, sample.map((row) => cellText(row[i]))));
  if (flowColumn >= 0) issues.push(makeIssue('flows-file', { row: at, column: header[flowColumn] }));
  const indexOf = (kind: ColumnPlan['kind']) => {
    const i = columns.findIndex((c) => c.kind === kind);
    return i < 0 ? undefined : i;
  };
  const origin = indexOf('origin');
  let count = indexOf('count');
  const total = indexOf('total');
  const categories: CategoryColumn[] = [];
  let percent = false;
  columns.forEach((c, index) => {
    if (c.kind !== 'category') return;
    categories.push({ index, header: c.header, meaning: c.meaning });
    percent ||= c.percent;
  });
  const looseNumbers = sniffNumberFormat(allTextCells(sample), fallbackDecimal);
  const numeric = (i: number) => looksNumeric(sample, i, looseNumbers);
  let melt: ColumnsDimension | undefined;
  if (origin !== undefined && count === undefined && categories.length === 0 && issues.length === 0) {
    // counts beside the origin column under other names: one is the count, several a dimension
    const valueColumns = columns.flatMap((c, i) => (c.kind === 'dimension' && numeric(i) ? [i] : []));
    if (valueColumns.length === 1) count = valueColumns[0];
    else if (valueColumns.length > 1) melt = columnsAsDimension(valueColumns.map((i) => ({ index: i, label: header[i]! })), columns);
    if ((count === undefined && !melt) || keysRepeat(sample, columns, new Set(valueColumns))) {
      issues.push(makeIssue('person-level', { row: at, column: header[origin] }));
    }
  }
  issues.push(...duplicateColumns(columns, context.groupHeader, at));
  if (issues.length > 0) return { ok: false, issues };
  let shape: DetectedFormat['shape'];
  if (options.shape) shape = options.shape;
  else if (origin !== undefined) shape = 'long';
  else if (categories.length > 0) shape = percent || valuesHavePercent(sample, categories) ? 'percentages' : 'wide';
  else return { ok: false, issues: [makeIssue('no-origin-columns', { row: at })] };
  if (shape === 'long' && (origin === undefined || (count === undefined && !melt))) {
    return { ok: false, issues: [makeIssue('no-origin-columns', { row: at })] };
  }
  if (shape !== 'long' && categories.length === 0) {
    return { ok: false, issues: [makeIssue('no-origin-columns', { row: at })] };
  }
  const valueColumns = shape === 'long' ? (melt ? melt.columns.map((m) => m.index) : [count!]) : [...categories.map((c) => c.index), count, total];
  const sniffed = sniffNumberFormat(sampleCells(sample, valueColumns), fallbackDecimal);
  const numbers: NumberFormat = {
    decimal: options.decimal ?? sniffed.decimal,
    thousands: options.thousands ?? (options.decimal ? (options.decimal === ',' ? '.' : ',') : sniffed.thousands),
    decimalKnown: sniffed.decimalKnown || options.decimal !== undefined || options.thousands !== undefined,
  };
  const shares = planShares({ shape, options, count, total, sample, categories, numbers });
  shape = shares.shape;
  if (shape === 'percentages' && count === undefined && total === undefined) {
    return { ok: false, issues: [makeIssue('missing-headcount', { row: at, column: categories[0]?.header })] };
  }
  const firstCategory = categories[0]?.index ?? Infinity;
  const dimensions: Plan['dimensions'] = [];
  const unknownCategories: Plan['unknownCategories'] = [];
  columns.forEach((c, index) => {
    if (c.kind !== 'dimension' || index === count || melt?.columns.some((m) => m.index === index)) return;
    if (shape !== 'long' && index > firstCategory && looksNumeric(sample, index, numbers)) {
      unknownCategories.push({ index, header: c.header });
    } else dimensions.push({ index, id: c.id, header: c.header });
  });
  const width = header.length;
  const blocks = shape === 'long' ? [] : blocksOf(categories, total, columns, context.groupHeader);
  const byColumns = melt ?? (blocks.length > 1 ? columnsAsDimension(blocks.map((b) => ({ index: -1, label: b.label! })), columns) : undefined);
  if (byColumns) dimensions.push({ index: width, id: uniqueId(byColumns.id, dimensions), header: byColumns.header });
  const plan: Plan = {
    shape, width, header, headerRow: at, dimensions, categories, blocks, unknownCategories, origin, count, total, numbers,
    pivot: context.pivot ?? false,
  };
  if (melt) plan.melt = melt.columns;
  return { ok: true, plan };
}

function uniqueId(id: string, dimensions: Plan['dimensions']): string {
  let out = id;
  for (let n = 2; dimensions.some((d) => d.id === out); n++) out = `${id}-${n}`;
  return out;
}

/** The category columns per label of the group header row; one block when there is no such row or one label. */
function blocksOf(categories: CategoryColumn[], total: number | undefined, columns: ColumnPlan[], groupHeader?: string[]): Block[] {
  const labels = groupHeader ? categories.map((c) => groupHeader[c.index] ?? '') : [];
  const distinct = new Set(labels);
  if (!groupHeader || distinct.size < 2 || distinct.has('')) {
    return [total === undefined ? { categories: categories.map((_, i) => i) } : { categories: categories.map((_, i) => i), total }];
  }
  return [...distinct].map((label) => {
    const block: Block = { label, categories: categories.flatMap((c, i) => (labels[i] === label ? [i] : [])) };
    const blockTotal = columns.findIndex((c, i) => c.kind === 'total' && groupHeader[i] === label);
    if (blockTotal >= 0) block.total = blockTotal;
    return block;
  });
}

/**
 * Two columns with the same name, or two meaning the same category within one block, would be
 * counted twice: an error at the second, naming both by their letters.
 */
function duplicateColumns(columns: ColumnPlan[], groupHeader: string[] | undefined, row: number): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  columns.forEach((c, i) => {
    if (c.kind === 'ignore' || c.header === '') return;
    const block = groupHeader?.[i] ?? '';
    const keys = [`n ${block} ${normaliseLabel(c.header)}`];
    if (c.kind === 'category') keys.push(`m ${block} ${JSON.stringify(c.meaning)}`);
    const first = keys.map((k) => seen.get(k)).find((x) => x !== undefined);
    if (first !== undefined) {
      issues.push(makeIssue('duplicate-column', { row, column: c.header }, { first: columns[first]!.header, firstLetter: letter(first), letter: letter(i) }));
    }
    for (const k of keys) if (!seen.has(k)) seen.set(k, i);
  });
  return issues;
}

/** A spreadsheet's column letter for a 0-based index: 0 -> 'A', 26 -> 'AA'. */
export function letter(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * One row per person repeats its labels: two sample rows with the same labels in every
 * non-numeric column cannot both be a group's aggregate.
 */
function keysRepeat(sample: SheetCell[][], columns: ColumnPlan[], values: Set<number>): boolean {
  const labelColumns = columns.flatMap((c, i) => (values.has(i) || c.kind === 'ignore' ? [] : [i]));
  const seen = new Set<string>();
  for (const row of sample) {
    if (row.every((c) => typeof c === 'string' && c.trim() === '')) continue;
    const key = labelColumns.map((i) => String(row[i] ?? '').trim()).join('\u0000');
    if (labelColumns.some((i) => isTotalLabel(normaliseLabel(String(row[i] ?? ''))))) continue;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

function* allTextCells(sample: SheetCell[][]): Generator<string> {
  for (const row of sample) for (const cell of row) if (typeof cell === 'string') yield cell;
}

/** The text cells among the value columns: stored numbers say nothing about the dialect. */
function* sampleCells(sample: SheetCell[][], indices: Array<number | undefined>): Generator<string> {
  for (const row of sample) {
    for (const i of indices) {
      const cell = i === undefined ? undefined : row[i];
      if (typeof cell === 'string') yield cell;
    }
  }
}

function valuesHavePercent(sample: SheetCell[][], categories: CategoryColumn[]): boolean {
  return sample.some((row) =>
    categories.some((c) => {
      const cell = row[c.index];
      return typeof cell === 'object' || (typeof cell === 'string' && cell.trim().endsWith('%'));
    }),
  );
}

/** A column whose sample cells are all numbers or suppression marks (at least one number). */
export function looksNumeric(sample: SheetCell[][], index: number, numbers: NumberFormat): boolean {
  const cells = sample.map((r) => r[index] ?? '').filter((c) => typeof c !== 'string' || c.trim() !== '');
  const kind = (c: SheetCell) => (typeof c === 'number' ? c : typeof c === 'object' ? c.percent : readNumber(c, numbers));
  return cells.some((c) => typeof kind(c) === 'number') && cells.every((c) => typeof kind(c) === 'number' || kind(c) === 'suppressed');
}
