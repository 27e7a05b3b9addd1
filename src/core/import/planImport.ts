import type { DetectedFormat, Issue, Locale } from '../types';
import type { LabelMeaning } from '../classification/labels';
import { makeIssue } from './messages';
import { mapColumns, type ColumnPlan } from './mapColumns';
import { readNumber, sniffNumberFormat, type NumberFormat } from './readNumber';
import type { ImportEngineOptions } from './options';
import type { SheetCell } from './sheetCell';

/** A category column of a wide or percentages table. */
export interface CategoryColumn {
  index: number;
  header: string;
  meaning: LabelMeaning;
}

/** How to read every data row, decided once from the header and a sample of rows. */
export interface Plan {
  shape: DetectedFormat['shape'];
  width: number;
  header: string[];
  dimensions: Array<{ index: number; id: string; header: string }>;
  categories: CategoryColumn[];
  /** Unrecognised numeric columns among the categories of a wide table. */
  unknownCategories: Array<{ index: number; header: string }>;
  origin?: number;
  count?: number;
  total?: number;
  numbers: NumberFormat;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; issues: Issue[] };

/**
 * Decides the shape from the header: an origin column with a count column is long; one
 * column per category is wide, or percentages when those headers carry '%'. Refuses
 * per-person files here, before a single data row is read.
 */
export function planImport(
  header: string[],
  sample: SheetCell[][],
  options: ImportEngineOptions,
  fallbackDecimal: ',' | '.',
): PlanResult {
  const locale: Locale = options.locale ?? 'nl';
  const columns = mapColumns(header, options.mapping);
  const issues: Issue[] = columns
    .filter((c) => c.kind === 'person')
    .map((c) => makeIssue('person-identifying-column', locale, { row: 1, column: c.header }));
  const indexOf = (kind: ColumnPlan['kind']) => {
    const i = columns.findIndex((c) => c.kind === kind);
    return i < 0 ? undefined : i;
  };
  const origin = indexOf('origin');
  const count = indexOf('count');
  const total = indexOf('total');
  const categories: CategoryColumn[] = [];
  let percent = false;
  columns.forEach((c, index) => {
    if (c.kind !== 'category') return;
    categories.push({ index, header: c.header, meaning: c.meaning });
    percent ||= c.percent;
  });
  if (origin !== undefined && count === undefined && categories.length === 0) {
    if (issues.length === 0) issues.push(makeIssue('person-level', locale, { row: 1, column: header[origin] }));
  }
  if (issues.length > 0) return { ok: false, issues };
  let shape: DetectedFormat['shape'];
  if (options.shape) shape = options.shape;
  else if (origin !== undefined) shape = 'long';
  else if (categories.length > 0) shape = percent || valuesHavePercent(sample, categories) ? 'percentages' : 'wide';
  else return { ok: false, issues: [makeIssue('no-origin-columns', locale, { row: 1 })] };
  if (shape === 'long' && (origin === undefined || count === undefined)) {
    return { ok: false, issues: [makeIssue('no-origin-columns', locale, { row: 1 })] };
  }
  if (shape !== 'long' && categories.length === 0) {
    return { ok: false, issues: [makeIssue('no-origin-columns', locale, { row: 1 })] };
  }
  const valueColumns = shape === 'long' ? [count!] : [...categories.map((c) => c.index), count, total];
  const sniffed = sniffNumberFormat(sampleCells(sample, valueColumns), fallbackDecimal);
  const numbers: NumberFormat = {
    decimal: options.decimal ?? sniffed.decimal,
    thousands: options.thousands ?? (options.decimal ? (options.decimal === ',' ? '.' : ',') : sniffed.thousands),
    decimalKnown: sniffed.decimalKnown || options.decimal !== undefined || options.thousands !== undefined,
  };
  // shares without a % anywhere (74,1;9,8;16,1) are still shares: never read as counts
  if (shape === 'wide' && !options.shape && count === undefined && total === undefined && rowsAreShares(sample, categories, numbers)) {
    shape = 'percentages';
  }
  if (shape === 'percentages' && count === undefined && total === undefined) {
    return { ok: false, issues: [makeIssue('missing-headcount', locale, { row: 1, column: categories[0]?.header })] };
  }
  const firstCategory = categories[0]?.index ?? Infinity;
  const dimensions: Plan['dimensions'] = [];
  const unknownCategories: Plan['unknownCategories'] = [];
  columns.forEach((c, index) => {
    if (c.kind !== 'dimension') return;
    if (shape !== 'long' && index > firstCategory && looksNumeric(sample, index, numbers)) {
      unknownCategories.push({ index, header: c.header });
    } else dimensions.push({ index, id: c.id, header: c.header });
  });
  return {
    ok: true,
    plan: { shape, width: header.length, header, dimensions, categories, unknownCategories, origin, count, total, numbers },
  };
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

/**
 * True when every sample row's category cells add up to 100 (within half a point per category)
 * and some are fractions: a table of shares, whatever its headers say.
 */
function rowsAreShares(sample: SheetCell[][], categories: CategoryColumn[], numbers: NumberFormat): boolean {
  let rows = 0;
  let fraction = false;
  for (const row of sample) {
    let sum = 0;
    let cells = 0;
    for (const c of categories) {
      const cell = row[c.index] ?? '';
      const v = typeof cell === 'string' ? readNumber(cell, numbers, false) : typeof cell === 'number' ? cell : cell.percent;
      if (typeof v !== 'number') continue;
      sum += v;
      cells++;
      fraction ||= !Number.isInteger(v);
    }
    if (cells === 0) continue;
    if (Math.abs(sum - 100) > categories.length * 0.5) return false;
    rows++;
  }
  return rows > 0 && fraction;
}

/** A column right of the categories whose sample cells are all numbers or suppression marks. */
function looksNumeric(sample: SheetCell[][], index: number, numbers: NumberFormat): boolean {
  const cells = sample.map((r) => r[index] ?? '').filter((c) => typeof c !== 'string' || c.trim() !== '');
  const numeric = (c: SheetCell) => typeof c !== 'string' || typeof readNumber(c, numbers) === 'number' || readNumber(c, numbers) === 'suppressed';
  return cells.length > 0 && cells.every(numeric);
}
