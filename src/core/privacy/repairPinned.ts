import type { CellTable } from './buildCells';
import { findPinnedCells } from './auditCells';
import type { LpSolver } from './audit/lpSolver';
import type { KeptModels, Range } from './audit/findRanges';
import { cheapestPublished, suppressComplementary } from './suppressComplementary';
import type { DisclosureRules } from './rules';
import { COMPLEMENTARY } from './suppressPrimary';

/** How far the audit is: its repair round (from 1) and the hidden cells checked in that round. */
export interface PublishProgress {
  round: number;
  checked: number;
  total: number;
  /** With several years (publishByParts audits each on its own): the year, its place (from 1) among those audited now, and their number. */
  part?: { year: string; index: number; count: number };
}

/**
 * Audit, then hide more until no hidden cell is narrowed to one whole number (pinned): for each
 * pinned cell hide the cheapest published cell that loosens a sum binding its smallest or largest
 * value (the LP's duals say which: see boundPartner; else the cheapest in the nearest relation
 * around it), rerun the greedy step, audit again. Every round
 * hides at least one more cell, so this ends. Cells that would stay pinned even with everything
 * hidden (by what the reasons tell alone, e.g. four cells of 1..4 under a margin of at most 4) are
 * left alone: hiding more cannot help them, and they make the result not audited. Returns whether
 * the final pattern passed the audit (it always runs, at any size) and how many cells it added.
 */
export function repairPinned(
  table: CellTable,
  codes: Uint8Array,
  rules: DisclosureRules,
  solver: LpSolver,
  onProgress?: (progress: PublishProgress) => void,
): { audited: boolean; added: number } {
  // One LP model per component for the rounds, one for "everything hidden": each round only
  // loosens bounds, so a kept model continues from its last basis instead of starting cold.
  const kept: KeptModels = new Map();
  const keptAllHidden: KeptModels = new Map();
  try {
    return repairRounds(table, codes, rules, solver, onProgress, kept, keptAllHidden);
  } finally {
    for (const { model } of [...kept.values(), ...keptAllHidden.values()]) model.dispose();
  }
}

function repairRounds(
  table: CellTable,
  codes: Uint8Array,
  rules: DisclosureRules,
  solver: LpSolver,
  onProgress: ((progress: PublishProgress) => void) | undefined,
  kept: KeptModels,
  keptAllHidden: KeptModels,
): { audited: boolean; added: number } {
  let added = 0;
  const hopeless = new Set<number>();
  const checked = new Set<number>();
  // Values seen at feasible points stay feasible when more is hidden: later rounds start from them.
  const witnessed = new Map<number, Range>();
  for (let pass = 1; ; pass++) {
    const report = onProgress && ((checked: number, total: number) => onProgress({ round: pass, checked, total }));
    const pinned = findPinnedCells(table, codes, rules, solver, { witnessed, onProgress: report, kept });
    if (pinned.length === 0) return { audited: true, added };
    const unchecked = pinned.map(({ cell }) => cell).filter((cell) => !checked.has(cell));
    if (unchecked.length > 0) {
      for (const cell of pinnedWhateverIsHidden(table, codes, rules, solver, new Set(unchecked), keptAllHidden)) hopeless.add(cell);
      for (const cell of unchecked) checked.add(cell);
    }
    let round = 0;
    const hiddenNow = new Set<number>();
    // Finest cells first (they have the highest ids): a margin is often pinned only through the
    // cells under it, and a sum that one partner already loosened this round needs no second one.
    for (const { cell, binding } of pinned.sort((a, b) => b.cell - a.cell)) {
      const margin = cell < table.base[table.base.length - 1]!;
      if (hopeless.has(cell) || binding.some((b) => codes[b] || (margin && loosened(table, hiddenNow, b)))) continue;
      const bound = boundPartner(table, codes, cell, binding);
      const partner = bound >= 0 ? bound : nearestPublished(table, codes, cell);
      if (partner < 0) continue;
      codes[partner] = COMPLEMENTARY;
      hiddenNow.add(partner);
      round++;
    }
    if (round === 0) return { audited: false, added };
    added += round + suppressComplementary(table, codes);
  }
}

/** Whether `cell` or a member of a sum it takes part in was hidden this round (its sum may be loose now). */
function loosened(table: CellTable, hiddenNow: Set<number>, cell: number): boolean {
  const { relStart, relMembers, cellRelStart, cellRels } = table;
  if (hiddenNow.has(cell)) return true;
  for (let i = cellRelStart[cell]!; i < cellRelStart[cell + 1]!; i++) {
    for (let j = relStart[cellRels[i]!]!; j < relStart[cellRels[i]! + 1]!; j++) if (hiddenNow.has(relMembers[j]!)) return true;
  }
  return false;
}

/** Of the cells `only`, those pinned even if every cell were hidden: only their reasons' bounds pin them. */
function pinnedWhateverIsHidden(
  table: CellTable,
  codes: Uint8Array,
  rules: DisclosureRules,
  solver: LpSolver,
  only: Set<number>,
  kept: KeptModels,
): number[] {
  const allHidden = codes.map((c) => c || COMPLEMENTARY);
  return findPinnedCells(table, allHidden, rules, solver, { only, kept }).map(({ cell }) => cell);
}

/**
 * The cheapest published cell whose hiding loosens a sum that pins `cell`. The audit's rows are
 * the published margins and totals; a published finest cell is a constant inside them, so the
 * duals never name it, yet hiding it (e.g. a unit's nederland 20 beside its total 31) loosens the
 * same sum, often for fewer persons than the margin. So first the members of a relation that holds
 * both `cell` and a binding cell (near the cell), and only when none is published a binding cell
 * itself: sums depend on each other (an organisation's total is its units' totals added up), so
 * the LP may name far ones where a near one binds as well. -1 when there is none.
 */
function boundPartner(table: CellTable, codes: Uint8Array, cell: number, binding: number[]): number {
  const { relStart, relMembers, cellRelStart, cellRels, values } = table;
  const binds = new Set(binding);
  const near: number[] = [];
  for (let i = cellRelStart[cell]!; i < cellRelStart[cell + 1]!; i++) {
    const members = relMembers.subarray(relStart[cellRels[i]!]!, relStart[cellRels[i]! + 1]!);
    if (members.some((m) => binds.has(m))) near.push(...members);
  }
  const best = cheapestPublished(near, codes, values);
  return best >= 0 ? best : cheapestPublished(binding, codes, values);
}

/** Breadth-first over shared relations: the cheapest published cell at the smallest distance. */
function nearestPublished(table: CellTable, codes: Uint8Array, start: number): number {
  const { relStart, relMembers, cellRelStart, cellRels, values } = table;
  const seen = new Set<number>([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const cell of frontier) {
      for (let i = cellRelStart[cell]!; i < cellRelStart[cell + 1]!; i++) {
        const r = cellRels[i]!;
        for (let j = relStart[r]!; j < relStart[r + 1]!; j++) {
          const m = relMembers[j]!;
          if (!seen.has(m)) {
            seen.add(m);
            next.push(m);
          }
        }
      }
    }
    const best = cheapestPublished(next, codes, values);
    if (best >= 0) return best;
    frontier = next;
  }
  return -1;
}
