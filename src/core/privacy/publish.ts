import type { Dataset } from '../types';
import { buildCells, type CellTable } from './buildCells';
import { normaliseGroups } from './normaliseGroups';
import { repairPinned, type PublishProgress } from './repairPinned';
import { normaliseRules, type DisclosureRules, type PresetId } from './rules';
import { REASONS, suppressPrimary } from './suppressPrimary';
import { suppressComplementary } from './suppressComplementary';
import type { PublishAudit, PublishedCell, PublishedTable } from './types';
import type { LpSolver } from './audit/lpSolver';

/** What publishWithStats() adds to the table (also kept on it as `table.audit`). */
export type PublishStats = PublishAudit;

/**
 * The one step every view and export reads from: see README.md in this folder. `solver` runs the
 * audit's linear programs (HiGHS in the worker and the tests; core itself loads no WebAssembly).
 */
export function publish(dataset: Dataset, rules: DisclosureRules | PresetId, solver: LpSolver): PublishedTable {
  return publishWithStats(dataset, rules, solver).table;
}

export function publishWithStats(
  dataset: Dataset,
  rules: DisclosureRules | PresetId,
  solver: LpSolver,
  { onProgress }: { onProgress?: (progress: PublishProgress) => void } = {},
): { table: PublishedTable; stats: PublishStats } {
  const applied = normaliseRules(rules);
  const cells = buildCells(normaliseGroups(dataset));
  const codes = suppressPrimary(cells, applied);
  const primary = codes.reduce((n, c) => n + (c ? 1 : 0), 0);
  const greedy = suppressComplementary(cells, codes);
  const { audited, added } = repairPinned(cells, codes, applied, solver, onProgress);
  const stats: PublishStats = { audited, primary, complementary: greedy + added };
  return { table: { rules: applied, cells: toPublishedCells(cells, codes), audit: { ...stats } }, stats };
}

/** The cells in cell-id order, each with its value or, where codes[cell] is set, its reason instead. */
export function toPublishedCells(table: CellTable, codes: Uint8Array): PublishedCell[] {
  const { finest, subsets, groups, base, values } = table;
  const names = [...finest.categories, 'total'];
  const out: PublishedCell[] = new Array(values.length);
  for (let s = 0; s < subsets.length; s++) {
    const dims = subsets[s]!.map((d) => finest.dimensions[d]!);
    const list = groups[s]!;
    for (let g = 0; g < list.length; g++) {
      const labels = list[g]!;
      const key: Record<string, string> = {};
      for (let i = 0; i < dims.length; i++) key[dims[i]!] = labels[i]!;
      for (let k = 0; k < names.length; k++) {
        const cell = base[s]! + g * names.length + k;
        const reason = REASONS[codes[cell]!];
        out[cell] = reason
          ? { key, category: names[k]!, value: null, reason }
          : { key, category: names[k]!, value: values[cell]! };
      }
    }
  }
  return out;
}
