import type { PublishedCell, PublishedTable } from '../../../src/core/privacy/types';

// An attacker holding a published flow table and a fully published stock table, written apart
// from src/core (it reads nothing but the flow table and the stock changes the test gives by hand):
// it tries every whole-number filling of the hidden finest flow cells that fits every published
// flow cell, what each reason tells, and stock(t) − stock(t − 1) = in(t) − out(t) per link, and
// collects the values each hidden cell takes. For tiny tables only.

/** in − out of the flows keyed by `match` (periode, and groep when given) and `category` equals `change`. */
export interface KnownChange {
  match: Record<string, string>;
  category: string;
  change: number;
}

interface Term {
  constant: number;
  vars: number[];
  signs: number[];
}

export function possibleValues(table: PublishedTable, links: KnownChange[]): Map<string, Set<number>> {
  const width = Math.max(...table.cells.map((c) => Object.keys(c.key).length));
  const finest = table.cells.filter((c) => Object.keys(c.key).length === width && c.category !== 'total');
  const unknown = finest.filter((c) => c.value === null);
  const index = new Map(unknown.map((c, i) => [c, i]));
  const termOf = (within: (c: PublishedCell) => boolean, sign = 1, into: Term = { constant: 0, vars: [], signs: [] }) => {
    for (const c of finest) {
      if (!within(c)) continue;
      const v = index.get(c);
      if (v === undefined) into.constant += sign * c.value!;
      else into.vars.push(v), into.signs.push(sign);
    }
    return into;
  };
  const covers = (cell: PublishedCell) => (c: PublishedCell) =>
    Object.entries(cell.key).every(([d, l]) => c.key[d] === l) && (cell.category === 'total' || c.category === cell.category);
  const rows: Array<Term & { min: number; max: number }> = [];
  const targets: Array<{ name: string; term: Term }> = [];
  for (const cell of table.cells) {
    const term = termOf(covers(cell));
    if (cell.value !== null) rows.push({ ...term, min: cell.value, max: cell.value });
    else {
      targets.push({ name: `${JSON.stringify(cell.key)}:${cell.category}`, term });
      if (cell.reason === 'cell-too-small') rows.push({ ...term, min: 1, max: table.rules.cellMin - 1 });
      if (cell.reason === 'group-too-small' && cell.category === 'total') rows.push({ ...term, min: -Infinity, max: table.rules.groupMin - 1 });
    }
  }
  for (const { match, category, change } of links) {
    const of = (stroom: string) => (c: PublishedCell) => c.category === category && c.key.stroom === stroom && Object.entries(match).every(([d, l]) => c.key[d] === l);
    const term = termOf(of('uitstroom'), -1, termOf(of('instroom')));
    rows.push({ ...term, min: change, max: change });
  }
  // A whole count is at most any published all-plus sum it is part of.
  const cap = unknown.map((_, v) => Math.min(200, ...rows.filter((r) => r.vars.includes(v) && r.signs.every((s) => s > 0) && r.max < Infinity).map((r) => r.max - r.constant)));
  const plus = rows.filter((r) => r.signs.every((s) => s > 0));
  const lastVar = rows.map((r) => Math.max(-1, ...r.vars));
  const x = new Array<number>(unknown.length).fill(0);
  const value = (t: Term) => t.vars.reduce((s, v, i) => s + t.signs[i]! * x[v]!, t.constant);
  const seen = new Map(targets.map((t) => [t.name, new Set<number>()]));
  const fill = (v: number) => {
    if (v === unknown.length) {
      for (const t of targets) seen.get(t.name)!.add(value(t.term));
      return;
    }
    for (x[v] = 0; x[v]! <= cap[v]!; x[v]!++) {
      // Unknowns after v are still 0: an all-plus sum already over its maximum only grows.
      if (plus.some((r) => r.vars.includes(v) && value(r) > r.max)) break;
      if (rows.every((r, i) => lastVar[i] !== v || (value(r) >= r.min && value(r) <= r.max))) fill(v + 1);
    }
    x[v] = 0;
  };
  // Rows without unknowns are the published values themselves.
  if (rows.every((r, i) => lastVar[i] !== -1 || (value(r) >= r.min && value(r) <= r.max))) fill(0);
  return seen;
}
