import type { CellTable } from './buildCells';
import { countHiddenFinest, findPinnedCells } from './auditCells';
import { cheapestPublished, suppressComplementary } from './suppressComplementary';
import type { DisclosureRules } from './rules';
import { COMPLEMENTARY } from './suppressPrimary';

/**
 * Above this many hidden finest cells the exact audit is too slow to run on every preset switch
 * (it solves two LPs per hidden cell); publish() then relies on the greedy step alone and says so.
 */
export const AUDIT_LIMIT = 200;

/**
 * Audit, then hide more until nothing hidden can be pinned: for each pinned cell hide the cheapest
 * published cell in the nearest relation around it, rerun the greedy step, audit again. Every round
 * hides at least one more cell, so this ends. Returns whether the final pattern passed the audit
 * (false when too large to audit, or when a cell stays pinned by what the reasons tell alone, e.g.
 * four hidden cells of 1..4 under a hidden margin of at most 4), and how many cells it added.
 */
export function repairPinned(table: CellTable, codes: Uint8Array, rules: DisclosureRules): { audited: boolean; added: number } {
  let added = 0;
  for (;;) {
    if (countHiddenFinest(table, codes) > AUDIT_LIMIT) return { audited: false, added };
    const pinned = findPinnedCells(table, codes, rules);
    if (pinned.length === 0) return { audited: true, added };
    let round = 0;
    for (const cell of pinned) {
      const partner = nearestPublished(table, codes, cell);
      if (partner < 0) continue;
      codes[partner] = COMPLEMENTARY;
      round++;
    }
    // Everything around is hidden already: only what the reasons tell pins it; hiding more cannot help.
    if (round === 0) return { audited: false, added };
    added += round + suppressComplementary(table, codes);
  }
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
