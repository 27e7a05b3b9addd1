import type { CellTable } from '../../privacy/buildCells';
import type { DisclosureRules } from '../../privacy/rules';
import { CELL_TOO_SMALL, GROUP_TOO_SMALL } from '../../privacy/suppressPrimary';
import { findPinned, type AuditModel, type Range } from '../../privacy/audit/findRanges';
import type { LpSolver } from '../../privacy/audit/lpSolver';
import type { StockFlowLink } from './findLinks';

/** One published table as the audit sees it: its cells, their codes (0 = shown) and its rules. */
export interface AuditedTable {
  table: CellTable;
  codes: Uint8Array;
  rules: DisclosureRules;
}

/** A cell as the attacker sees it: a known number of persons plus a sum of unknowns. */
interface Terms {
  vars: number[];
  known: number;
}

/**
 * The hidden cells of either table that an attacker holding BOTH published tables narrows to one
 * whole number. Cell ids are joint: stock cells keep theirs, flow cells come after them (stock
 * cell count + flow cell id). The model is findPinnedCells' for each table side by side (hidden
 * finest category cells as unknowns ≥ 0, each published cell a sum, each reason a bound), plus one
 * signed row per link: stock(t) − stock(t − 1) − in(t) + out(t) = 0. `witnessed` carries values
 * seen at feasible points (in persons, per joint cell) from one call to the next, as in repairPinned.
 */
export function findLinkedPinned(
  stock: AuditedTable,
  flow: AuditedTable,
  links: readonly StockFlowLink[],
  solver: LpSolver,
  { witnessed, only, onProgress }: { witnessed?: Map<number, Range>; only?: Set<number>; onProgress?: (checked: number, total: number) => void } = {},
): number[] {
  const model: AuditModel = { variableCount: 0, equations: [], targets: [], bounds: [], truth: [] };
  const shift = stock.codes.length;
  const linked = new Set<number>();
  for (const l of links) {
    linked.add(l.now).add(l.before);
    if (l.hires >= 0) linked.add(shift + l.hires);
    if (l.leavers >= 0) linked.add(shift + l.leavers);
  }
  const terms = new Map<number, Terms>();
  const targets: Array<{ cell: number; known: number }> = [];
  addTable(model, stock, 0, linked, terms, targets, only);
  const stockVariables = model.variableCount;
  addTable(model, flow, shift, linked, terms, targets, only);
  for (const l of links) {
    const signed: Array<[number, number]> = [[l.now, 1], [l.before, -1]];
    if (l.hires >= 0) signed.push([shift + l.hires, -1]);
    if (l.leavers >= 0) signed.push([shift + l.leavers, 1]);
    const coef = new Map<number, number>();
    let rhs = 0;
    for (const [cell, sign] of signed) {
      const { vars, known } = terms.get(cell)!;
      rhs -= sign * known;
      for (const v of vars) coef.set(v, (coef.get(v) ?? 0) + sign);
    }
    const used = [...coef].filter(([, c]) => c !== 0);
    if (used.length > 0) model.equations.push({ vars: used.map(([v]) => v), coefs: used.map(([, c]) => c), rhs });
  }
  dropStockOnly(model, targets, stockVariables, shift);
  const seen = targets.map(({ cell, known }) => {
    const range = witnessed?.get(cell);
    return range && { min: range.min - known, max: range.max - known };
  });
  const pinned = findPinned(model, solver, seen, onProgress).map(({ index }) => targets[index]!.cell);
  seen.forEach((range, t) => range && witnessed?.set(targets[t]!.cell, { min: range.min + targets[t]!.known, max: range.max + targets[t]!.known }));
  return pinned;
}

/** One table's unknowns, sums, bounds and targets, as findPinnedCells builds them; terms of linked cells. */
function addTable(
  model: AuditModel,
  { table, codes, rules }: AuditedTable,
  shift: number,
  linked: Set<number>,
  terms: Map<number, Terms>,
  targets: Array<{ cell: number; known: number }>,
  only: Set<number> | undefined,
): void {
  const { finest, values, base, proj } = table;
  const C = finest.categories.length;
  const width = C + 1;
  const fine = base.length - 1;
  const truth = model.truth as number[];
  const variable = new Int32Array(finest.labels.length * C).fill(-1);
  for (let f = 0; f < finest.labels.length; f++) {
    for (let k = 0; k < C; k++) {
      if (!codes[base[fine]! + f * width + k]) continue;
      variable[f * C + k] = model.variableCount++;
      truth.push(finest.counts[f]![k]!);
    }
  }
  table.groups.forEach((list, s) => {
    const covers: number[][] = list.map(() => []);
    proj[s]!.forEach((g, f) => covers[g]!.push(f));
    covers.forEach((fs, g) => {
      for (let k = 0; k < width; k++) {
        const cell = base[s]! + g * width + k;
        const vars: number[] = [];
        let rhs = values[cell]!;
        for (const f of fs) {
          if (k === C) rhs -= finest.rest[f]!;
          for (let j = k === C ? 0 : k; j < (k === C ? C : k + 1); j++) {
            const v = variable[f * C + j]!;
            if (v >= 0) vars.push(v);
            else rhs -= finest.counts[f]![j]!;
          }
        }
        const known = values[cell]! - rhs;
        if (linked.has(shift + cell)) terms.set(shift + cell, { vars, known });
        if (codes[cell]) {
          if (!only || only.has(shift + cell)) {
            model.targets.push(vars);
            targets.push({ cell: shift + cell, known });
          }
          if (codes[cell] === CELL_TOO_SMALL) model.bounds!.push({ vars, min: 1 - known, max: rules.cellMin - 1 - known });
          if (codes[cell] === GROUP_TOO_SMALL && k === C) model.bounds!.push({ vars, max: rules.groupMin - 1 - known });
        } else if (vars.length > 0) model.equations.push({ vars, rhs });
      }
    });
  });
}

/**
 * Leaves out stock targets whose unknowns share no row, directly or through others, with a flow
 * unknown or a link: their feasible values are exactly those of the stock table's own audit, which
 * publish() has done (and reports). On large tables this skips most of the stock table.
 */
function dropStockOnly(model: AuditModel, targets: Array<{ cell: number; known: number }>, stockVariables: number, shift: number): void {
  const parent = Int32Array.from({ length: model.variableCount + 1 }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  const join = (a: number, b: number) => (parent[find(a)] = find(b));
  // One extra node stands for "touches the flows".
  const flows = model.variableCount;
  for (let v = stockVariables; v < model.variableCount; v++) join(v, flows);
  for (const { vars, coefs } of model.equations) {
    for (const v of vars) join(v, vars[0]!);
    if (coefs && vars.length > 0) join(vars[0]!, flows);
  }
  for (const { vars } of model.bounds ?? []) for (const v of vars) join(v, vars[0]!);
  const keep = targets.map((t, i) => t.cell >= shift || model.targets[i]!.some((v) => find(v) === find(flows)));
  model.targets = model.targets.filter((_, i) => keep[i]);
  const kept = targets.filter((_, i) => keep[i]);
  targets.length = 0;
  targets.push(...kept);
}
