import type { CellTable } from './buildCells';
import { COMPLEMENTARY } from './suppressPrimary';

/**
 * Greedy complementary suppression to a fixed point: while some relation (a sum and its parts) has
 * exactly one hidden member, that member could be recomputed, so hide the cheapest other member;
 * likewise while a published sum's hidden parts are all zeros (they add up to the sum minus what is
 * shown, 0, so each is 0: counts are never negative). Hide the cheapest other member —
 * the smallest non-zero count (fewest people hidden), a zero only when nothing else is left (a
 * hidden zero protects little: it cannot go below zero), ties to the highest cell id: cells are
 * numbered from the whole organisation down to the finest groups, so a tie keeps the broader margin
 * visible, and the numbering follows sorted labels, so the result never depends on input order. Mutates `codes`; returns how
 * many cells it hid. Necessary, not sufficient, in more than one dimension: the audit checks the rest.
 */
export function suppressComplementary(table: CellTable, codes: Uint8Array): number {
  const { relStart, relMembers, cellRelStart, cellRels, values } = table;
  const relCount = relStart.length - 1;
  const hidden = new Int32Array(relCount);
  /** Per relation: the persons in its hidden parts (its first member is the sum, the rest its parts). */
  const hiddenParts = new Float64Array(relCount);
  const exposed = (r: number) => hidden[r] === 1 || (hidden[r]! > 1 && !codes[relMembers[relStart[r]!]!] && hiddenParts[r] === 0);
  const queue: number[] = [];
  for (let r = 0; r < relCount; r++) {
    for (let i = relStart[r]!; i < relStart[r + 1]!; i++) {
      if (!codes[relMembers[i]!]) continue;
      hidden[r]!++;
      if (i > relStart[r]!) hiddenParts[r] = hiddenParts[r]! + values[relMembers[i]!]!;
    }
    if (exposed(r)) queue.push(r);
  }
  let added = 0;
  const hide = (cell: number) => {
    codes[cell] = COMPLEMENTARY;
    added++;
    for (let i = cellRelStart[cell]!; i < cellRelStart[cell + 1]!; i++) {
      const r = cellRels[i]!;
      hidden[r]!++;
      if (relMembers[relStart[r]!] !== cell) hiddenParts[r] = hiddenParts[r]! + values[cell]!;
      if (exposed(r)) queue.push(r);
    }
  };
  for (let q = 0; q < queue.length; q++) {
    const r = queue[q]!;
    if (!exposed(r)) continue;
    const best = cheapestPublished(relMembers.subarray(relStart[r]!, relStart[r + 1]!), codes, values);
    if (best >= 0) hide(best);
  }
  return added;
}

/** The published cell with the smallest non-zero value (else a zero), ties to the highest id; -1 if none. */
export function cheapestPublished(cells: ArrayLike<number>, codes: Uint8Array, values: Float64Array): number {
  let best = -1;
  let bestCost = Infinity;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (codes[c]) continue;
    const cost = values[c]! > 0 ? values[c]! : Number.MAX_VALUE;
    if (cost < bestCost || (cost === bestCost && c > best)) {
      best = c;
      bestCost = cost;
    }
  }
  return best;
}
