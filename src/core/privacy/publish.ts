import type { Dataset } from '../types';
import { buildCells, type CellTable } from './buildCells';
import { normaliseGroups } from './normaliseGroups';
import { repairPinned } from './repairPinned';
import { normaliseRules, type DisclosureRules, type PresetId } from './rules';
import { REASONS, suppressPrimary } from './suppressPrimary';
import { suppressComplementary } from './suppressComplementary';
import type { PublishedCell, PublishedTable } from './types';

/** What publishWithStats() adds to the table: for the settings screen and the bench. */
export interface PublishStats {
  /** Cells hidden by the rules themselves (group, cell, attribute, source). */
  primary: number;
  /** Cells hidden only so that the primary ones cannot be recomputed. */
  complementary: number;
  /**
   * True when the exact audit ran and found nothing pinned. False when the table was too large for
   * it (over AUDIT_LIMIT hidden finest cells), or when a cell stays pinned by what the reasons tell alone.
   */
  audited: boolean;
}

/** The one step every view and export reads from: see README.md in this folder. */
export function publish(dataset: Dataset, rules: DisclosureRules | PresetId): PublishedTable {
  return publishWithStats(dataset, rules).table;
}

export function publishWithStats(
  dataset: Dataset,
  rules: DisclosureRules | PresetId,
): { table: PublishedTable; stats: PublishStats } {
  const applied = normaliseRules(rules);
  const cells = buildCells(normaliseGroups(dataset));
  const codes = suppressPrimary(cells, applied);
  const primary = codes.reduce((n, c) => n + (c ? 1 : 0), 0);
  const greedy = suppressComplementary(cells, codes);
  const { audited, added } = repairPinned(cells, codes, applied);
  return {
    table: { rules: applied, cells: toPublishedCells(cells, codes) },
    stats: { primary, complementary: greedy + added, audited },
  };
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
