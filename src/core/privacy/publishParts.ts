import type { Dataset } from '../types';
import { yearDimension } from '../yearDimension';
import { yearParts } from './yearParts';
import { buildCells } from './buildCells';
import { normaliseGroups } from './normaliseGroups';
import { applyPattern, patternOf, encodePattern } from './pattern';
import { publishWithStats, toPublishedCells, type PublishStats } from './publish';
import { canonicalKey } from './publishedGroups';
import { publishKept } from './publishKept';
import { publishKey } from './publishKey';
import { normaliseRules, type DisclosureRules, type PresetId } from './rules';
import type { PublishAudit, PublishedCell, PublishedTable } from './types';
import type { LpSolver } from './audit/lpSolver';
import type { PublishProgress } from './repairPinned';

/** A pattern publish() computed and audited, under its content key (publishKey). */
export interface KeptPattern {
  key: string;
  pattern: string;
}

/**
 * publishWithStats, a cache by content: each year is published on its own, and a year whose kept
 * pattern (by its content key) fits is rebuilt from it instead of audited again — so adding or
 * editing one year audits that year only. `fresh` holds the patterns of the parts audited now, to
 * keep, each with its part's audit; the table is audited only when every part is (kept patterns
 * are audited ones).
 */
export function publishByParts(
  dataset: Dataset,
  rules: DisclosureRules | PresetId,
  solver: LpSolver,
  { kept = [], onProgress }: { kept?: readonly KeptPattern[]; onProgress?: (progress: PublishProgress) => void } = {},
): { table: PublishedTable; stats: PublishStats; fresh: Array<KeptPattern & { audit: PublishAudit }> } {
  const applied = normaliseRules(rules);
  const fresh: Array<KeptPattern & { audit: PublishAudit }> = [];
  const parts = yearParts(dataset).map((part) => {
    const key = publishKey(part, applied);
    const match = kept.find((k) => k.key === key);
    return { part, key, reused: match ? publishKept(part, applied, match) : null };
  });
  const year = yearDimension(dataset) ?? '';
  const count = parts.filter((p) => !p.reused).length;
  let index = 0;
  const tables = parts.map(({ part, key, reused }) => {
    if (reused) return reused;
    const place = { year: part.groups[0]?.key[year] ?? '', index: ++index, count };
    const report = onProgress && parts.length > 1 ? (progress: PublishProgress) => onProgress({ ...progress, part: place }) : onProgress;
    const { table } = publishWithStats(part, applied, solver, { onProgress: report });
    if (table.audit?.audited) fresh.push({ key, pattern: encodePattern(patternOf(table)), audit: table.audit });
    return table;
  });
  const table = tables.length === 1 ? tables[0]! : sideBySide(dataset, applied, tables);
  return { table, stats: { ...table.audit! }, fresh };
}

/** The whole table from its one-year tables: each cell takes its code from the year it belongs to. */
function sideBySide(dataset: Dataset, rules: DisclosureRules, tables: PublishedTable[]): PublishedTable {
  const id = (cell: PublishedCell) => `${canonicalKey(cell.key)}|${cell.category}`;
  const codes = new Map<string, number>();
  for (const table of tables) {
    const pattern = patternOf(table);
    table.cells.forEach((cell, i) => codes.set(id(cell), pattern[i]!));
  }
  const finest = normaliseGroups(dataset);
  const cells = buildCells(finest);
  // The whole table's cells in cell-id order (all shown: only their keys are read here).
  const pattern = Uint8Array.from(toPublishedCells(cells, new Uint8Array(cells.values.length)), (cell) => {
    const code = codes.get(id(cell));
    // Every cell of the whole belongs to one year: a cell no part has is a programmer error.
    if (code === undefined) throw new Error(`No part publishes the cell ${id(cell)}.`);
    return code;
  });
  const table = applyPattern(finest, rules, pattern);
  // Each part's pattern fits its part (publishKept and publish() saw to it), so it fits the whole.
  if (!table) throw new Error('The one-year patterns do not fit the whole table.');
  return { ...table, audit: { ...table.audit!, audited: tables.every((t) => t.audit?.audited === true) } };
}
