import loadHighs from 'highs';
import type { PublishedTable } from '../../../src/core/privacy/types';

// An attacker's view of a published table, written apart from src/core/privacy/audit: it reads
// nothing but the table (cells, reasons, rules) and shares no code with the audit it checks. It
// assumes what the tests' datasets guarantee: every group's total is the sum of its categories
// (nobody of unknown origin), whole counts, no cell suppressed at the source.
//
// Unknowns are the hidden finest category cells. Every published cell is an equation over them;
// 'cell-too-small' tells 1..cellMin−1, 'group-too-small' on a total tells at most groupMin−1.

const highs = await loadHighs();

interface Term {
  constant: number;
  vars: number[];
}

interface System {
  variableCount: number;
  equations: Array<Term & { value: number }>;
  bounds: Array<Term & { min: number; max: number }>;
  /** Each hidden cell as constant + Σ unknowns, with a readable name. */
  hidden: Array<Term & { name: string }>;
}

export function attackerSystem(table: PublishedTable): System {
  const width = Math.max(...table.cells.map((c) => Object.keys(c.key).length));
  const finest = table.cells.filter((c) => Object.keys(c.key).length === width);
  const categories = [...new Set(table.cells.map((c) => c.category))].filter((c) => c !== 'total');
  const groups = [...new Map(finest.map((c) => [JSON.stringify(c.key), c.key])).values()];
  const value = new Map(finest.map((c) => [`${JSON.stringify(c.key)}|${c.category}`, c.value]));
  const variable = new Map<string, number>();
  for (const key of groups) {
    for (const cat of categories) {
      const id = `${JSON.stringify(key)}|${cat}`;
      if (value.get(id) === null) variable.set(id, variable.size);
    }
  }
  const system: System = { variableCount: variable.size, equations: [], bounds: [], hidden: [] };
  for (const cell of table.cells) {
    const cover = groups.filter((g) => Object.entries(cell.key).every(([d, label]) => g[d] === label));
    const term: Term = { constant: 0, vars: [] };
    for (const g of cover) {
      for (const cat of cell.category === 'total' ? categories : [cell.category]) {
        const id = `${JSON.stringify(g)}|${cat}`;
        const v = variable.get(id);
        if (v === undefined) term.constant += value.get(id)!;
        else term.vars.push(v);
      }
    }
    if (cell.value !== null) {
      if (term.vars.length > 0) system.equations.push({ ...term, value: cell.value });
      continue;
    }
    system.hidden.push({ ...term, name: `${JSON.stringify(cell.key)}:${cell.category}` });
    if (cell.reason === 'cell-too-small') system.bounds.push({ ...term, min: 1, max: table.rules.cellMin - 1 });
    if (cell.reason === 'group-too-small' && cell.category === 'total') {
      system.bounds.push({ ...term, min: -Infinity, max: table.rules.groupMin - 1 });
    }
  }
  return system;
}

/** True when [min, max] holds fewer than two whole numbers: the cell is given away. */
export function holdsOneWholeNumber(min: number, max: number): boolean {
  return Math.floor(max + 1e-6) - Math.ceil(min - 1e-6) < 1;
}

const sum = (vars: number[]) =>
  vars.length === 0 ? '0 x0' : vars.map((v, i) => `${i > 0 && i % 16 === 0 ? '\n ' : ''}+ x${v}`).join(' ');

/**
 * The interval of each chosen hidden cell by LP, through HiGHS's own LP-text reader (not the
 * audit's adapter, model building or witnesses): its smallest and largest value given everything published.
 */
export function lpIntervals(system: System, which: number[]): Array<{ name: string; min: number; max: number }> {
  const rows: string[] = [];
  system.equations.forEach((e, i) => rows.push(` e${i}: ${sum(e.vars)} = ${e.value - e.constant}`));
  system.bounds.forEach((b, i) => {
    if (b.min > -Infinity) rows.push(` l${i}: ${sum(b.vars)} >= ${b.min - b.constant}`);
    rows.push(` u${i}: ${sum(b.vars)} <= ${b.max - b.constant}`);
  });
  const text = `Minimize\n obj: 0 x0\nSubject To\n${rows.join('\n')}\nBounds\n x0 >= 0\nEnd\n`;
  const model = highs.createModel({ format: 'lp', data: text });
  try {
    model.options.set({ output_flag: false, presolve: 'off' });
    const columns = model.getDimensions().numCols;
    const column = new Map<number, number>();
    for (let c = 0; c < columns; c++) column.set(Number(model.getColName(c).slice(1)), c);
    const optimum = (vars: number[], sign: 1 | -1): number => {
      const cost = new Float64Array(columns);
      for (const v of vars) cost[column.get(v)!] = cost[column.get(v)!]! + sign;
      model.changeColsCost({ kind: 'range', from: 0, to: columns - 1 }, cost);
      model.run();
      const status = model.getModelStatus();
      if (status === highs.constants.modelStatus.unbounded) return sign === 1 ? -Infinity : Infinity;
      if (status !== highs.constants.modelStatus.optimal) throw new Error(`LP status ${status}`);
      return sign * model.getObjectiveValue();
    };
    return which.map((h) => {
      const cell = system.hidden[h]!;
      // An unknown in no row at all can be anything from 0 up.
      const free = cell.vars.some((v) => !column.has(v));
      const bound = cell.vars.filter((v) => column.has(v));
      const min = cell.constant + (bound.length ? optimum(bound, 1) : 0);
      const max = free ? Infinity : cell.constant + (bound.length ? optimum(bound, -1) : 0);
      return { name: cell.name, min, max };
    });
  } finally {
    model.dispose();
  }
}

/**
 * By brute force, for tiny tables: every assignment of whole numbers to the unknowns that fits all
 * equations and bounds, and per hidden cell the values it takes. Stops early once every hidden cell
 * has been seen with two values; returns null when the search is too large to finish.
 */
export function integerValues(system: System, limit = 2_000_000): Array<Set<number>> | null {
  const n = system.variableCount;
  const upper = new Array<number>(n).fill(Infinity);
  const rows = [
    ...system.equations.map((e) => ({ vars: e.vars, min: e.value - e.constant, max: e.value - e.constant })),
    ...system.bounds.map((b) => ({ vars: b.vars, min: b.min - b.constant, max: b.max - b.constant })),
  ];
  for (const row of rows) for (const v of row.vars) upper[v] = Math.min(upper[v]!, row.max);
  if (upper.some((u) => !Number.isFinite(u))) return null;
  const last = rows.map((row) => Math.max(-1, ...row.vars));
  const x = new Array<number>(n).fill(0);
  const seen = system.hidden.map(() => new Set<number>());
  let settled = 0;
  let steps = 0;
  const record = () => {
    system.hidden.forEach((cell, h) => {
      const s = seen[h]!;
      if (s.size >= 2) return;
      s.add(cell.constant + cell.vars.reduce((t, v) => t + x[v]!, 0));
      if (s.size === 2) settled++;
    });
  };
  const fits = (v: number) =>
    rows.every((row, r) => {
      const partial = row.vars.reduce((t, w) => t + (w <= v ? x[w]! : 0), 0);
      return last[r] === v ? partial >= row.min && partial <= row.max : last[r]! > v ? partial <= row.max : true;
    });
  const walk = (v: number): boolean => {
    if (++steps > limit) return false;
    if (v === n) {
      record();
      return true;
    }
    for (let value = 0; value <= upper[v]!; value++) {
      x[v] = value;
      if (fits(v) && !walk(v + 1)) return false;
      if (settled === system.hidden.length) return true;
    }
    x[v] = 0;
    return true;
  };
  return walk(0) ? seen : null;
}
