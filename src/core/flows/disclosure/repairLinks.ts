import type { Range } from '../../privacy/audit/findRanges';
import type { LpSolver } from '../../privacy/audit/lpSolver';
import type { PublishProgress } from '../../privacy/repairPinned';
import { cheapestPublished, suppressComplementary } from '../../privacy/suppressComplementary';
import { COMPLEMENTARY } from '../../privacy/suppressPrimary';
import type { StockFlowLink } from './findLinks';
import { findLinkedPinned, type AuditedTable } from './linkedAudit';

/**
 * repairPinned for two tables tied by links, hiding only FLOW cells (the stock table is published
 * as it is): audit both together; for each pinned cell (of either table) hide the cheapest published
 * flow cell in the nearest relation around it (the tables' own sums and the links); rerun the greedy
 * steps; audit again. Cells pinned even with every flow cell hidden are left (hiding more cannot
 * help them) and make the result not audited. Mutates flow.codes; returns whether the final pattern
 * passed and how many flow cells it hid.
 */
export function repairLinks(
  stock: AuditedTable,
  flow: AuditedTable,
  links: readonly StockFlowLink[],
  solver: LpSolver,
  onProgress?: (progress: PublishProgress) => void,
): { audited: boolean; added: number } {
  let added = greedyLinks(stock, flow, links);
  const hopeless = new Set<number>();
  const checked = new Set<number>();
  const witnessed = new Map<number, Range>();
  const graph = new LinkedGraph(stock, flow, links);
  for (let pass = 1; ; pass++) {
    const report = onProgress && ((checked: number, total: number) => onProgress({ round: pass, checked, total }));
    const pinned = findLinkedPinned(stock, flow, links, solver, { witnessed, onProgress: report });
    if (pinned.length === 0) return { audited: true, added };
    const unchecked = pinned.filter((cell) => !checked.has(cell));
    if (unchecked.length > 0) {
      const allHidden = { ...flow, codes: flow.codes.map((c) => c || COMPLEMENTARY) };
      for (const cell of findLinkedPinned(stock, allHidden, links, solver, { only: new Set(unchecked) })) hopeless.add(cell);
      for (const cell of unchecked) checked.add(cell);
    }
    // Pinned cells come in clusters (a link pins all its hidden members at once): a cell next to one
    // hidden in this round waits for the next audit, which often finds it free already.
    let round = 0;
    const hiddenNow = new Set<number>();
    for (const cell of pinned) {
      if (hopeless.has(cell) || graph.neighbours(cell).some((m) => hiddenNow.has(m))) continue;
      const partner = graph.nearestFlow(cell);
      if (partner < 0) continue;
      flow.codes[partner] = COMPLEMENTARY;
      hiddenNow.add(partner + stock.codes.length);
      round++;
    }
    if (round === 0) return { audited: false, added };
    added += round + greedyLinks(stock, flow, links);
  }
}

/**
 * The greedy step over the flow table's sums and the links together, to a fixed point: a link with
 * one hidden member gives it away, so the cheapest published flow cell of the link is hidden too.
 */
function greedyLinks(stock: AuditedTable, flow: AuditedTable, links: readonly StockFlowLink[]): number {
  let added = 0;
  for (;;) {
    let round = suppressComplementary(flow.table, flow.codes);
    for (const l of links) {
      const members = [l.hires, l.leavers].filter((c) => c >= 0);
      const hidden = (stock.codes[l.now] ? 1 : 0) + (stock.codes[l.before] ? 1 : 0) + members.filter((c) => flow.codes[c]).length;
      if (hidden !== 1) continue;
      const best = cheapestPublished(members, flow.codes, flow.table.values);
      if (best < 0) continue;
      flow.codes[best] = COMPLEMENTARY;
      round++;
    }
    if (round === 0) return added;
    added += round;
  }
}

/** The relations of both tables and the links, over joint cell ids (flow cells after the stock cells). */
class LinkedGraph {
  readonly #stock: AuditedTable;
  readonly #flow: AuditedTable;
  readonly #shift: number;
  /** Per joint cell: the other members of its links. */
  readonly #linked = new Map<number, number[]>();

  constructor(stock: AuditedTable, flow: AuditedTable, links: readonly StockFlowLink[]) {
    this.#stock = stock;
    this.#flow = flow;
    this.#shift = stock.codes.length;
    for (const l of links) {
      const members = [l.now, l.before, ...[l.hires, l.leavers].filter((c) => c >= 0).map((c) => c + this.#shift)];
      for (const m of members) (this.#linked.get(m) ?? this.#linked.set(m, []).get(m)!).push(...members.filter((x) => x !== m));
    }
  }

  /** Breadth-first from `start`: the cheapest published flow cell at the smallest distance (flow id), or -1. */
  nearestFlow(start: number): number {
    const seen = new Set<number>([start]);
    let frontier = [start];
    while (frontier.length > 0) {
      const next: number[] = [];
      for (const cell of frontier) {
        for (const m of this.neighbours(cell)) {
          if (seen.has(m)) continue;
          seen.add(m);
          next.push(m);
        }
      }
      const flowCells = next.filter((c) => c >= this.#shift).map((c) => c - this.#shift);
      const best = cheapestPublished(flowCells, this.#flow.codes, this.#flow.table.values);
      if (best >= 0) return best;
      frontier = next;
    }
    return -1;
  }

  /** The members of every relation and link `cell` is in (joint ids). */
  neighbours(cell: number): number[] {
    const own = cell < this.#shift ? this.#stock.table : this.#flow.table;
    const shift = cell < this.#shift ? 0 : this.#shift;
    const local = cell - shift;
    const { relStart, relMembers, cellRelStart, cellRels } = own;
    const out: number[] = [...(this.#linked.get(cell) ?? [])];
    for (let i = cellRelStart[local]!; i < cellRelStart[local + 1]!; i++) {
      const r = cellRels[i]!;
      for (let j = relStart[r]!; j < relStart[r + 1]!; j++) out.push(relMembers[j]! + shift);
    }
    return out;
  }
}
