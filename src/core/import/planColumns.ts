import type { DetectedFormat } from '../types';
import type { ColumnPlan } from './mapColumns';
import type { ImportEngineOptions } from './options';
import type { CategoryColumn } from './planImport';
import { readNumber, type NumberFormat } from './readNumber';
import type { SheetCell } from './sheetCell';

/** Columns whose headers are the values of one dimension: years as columns, or a group header's labels. */
export interface ColumnsDimension {
  id: string;
  header: string;
  columns: Array<{ index: number; label: string }>;
}

const YEAR = /^(?:19|20)\d\d$/;

/** Years become the dimension 'jaar'; other labels a dimension named after what they are: columns. */
export function columnsAsDimension(columns: Array<{ index: number; label: string }>, plans: ColumnPlan[]): ColumnsDimension {
  const years = columns.every((c) => YEAR.test(c.label.trim()));
  const taken = plans.some((p) => p.kind === 'dimension' && p.id === 'jaar');
  if (years && !taken) return { id: 'jaar', header: 'Jaar', columns };
  return { id: years ? 'jaar-kolommen' : 'kolom', header: years ? 'Jaar' : 'Kolom', columns };
}

/**
 * Shares without a % anywhere (74,1;9,8;16,1) are still shares: a wide table without a count or
 * total column whose sample rows each add up to 100 (within half a point per category) and hold
 * a fraction is read as percentages, so that it is never stored as counts.
 */
export function planShares(p: {
  shape: DetectedFormat['shape'];
  options: ImportEngineOptions;
  count?: number;
  total?: number;
  sample: SheetCell[][];
  categories: CategoryColumn[];
  numbers: NumberFormat;
}): { shape: DetectedFormat['shape'] } {
  if (p.shape !== 'wide' || p.options.shape || p.count !== undefined || p.total !== undefined) return { shape: p.shape };
  let rows = 0;
  let fraction = false;
  for (const row of p.sample) {
    let sum = 0;
    let cells = 0;
    for (const c of p.categories) {
      const cell = row[c.index] ?? '';
      const v = typeof cell === 'string' ? readNumber(cell, p.numbers, false) : typeof cell === 'number' ? cell : cell.percent;
      if (typeof v !== 'number') continue;
      sum += v;
      cells++;
      fraction ||= !Number.isInteger(v);
    }
    if (cells === 0) continue;
    if (Math.abs(sum - 100) > p.categories.length * 0.5) return { shape: p.shape };
    rows++;
  }
  return { shape: rows > 0 && fraction ? 'percentages' : p.shape };
}
