import loadHighs from 'highs';
import type { PublishedTable } from '../../../src/core/privacy/types';
import { attackerSystem, holdsOneWholeNumber } from '../privacy/independentAudit';

// An attacker holding a published stock table, a published flow table and the rule
// stock(t) = stock(t − 1) + in(t) − out(t), written apart from src/core: each table's own system
// comes from the privacy tests' independent attacker (attackerSystem: it reads nothing but the
// table), the two are put side by side, the links added as signed rows, and each hidden cell's
// interval found by LP through HiGHS's own LP-text reader (not the audit's adapter or model).

const highs = await loadHighs();

interface Term {
  constant: number;
  vars: number[];
}

/** One link: the stock cells of `now` and `before`, the flow cells of `hires` and `leavers` (keys), one origin. */
export interface Link {
  now: Record<string, string>;
  before: Record<string, string>;
  hires: Record<string, string>;
  leavers: Record<string, string>;
  category: string;
}

/** The hidden cells of either table whose LP interval holds fewer than two whole numbers. */
export function pinnedWithLinks(stock: PublishedTable, flow: PublishedTable, links: Link[]): string[] {
  const s = attackerSystem(stock);
  const f = attackerSystem(flow);
  const shift = (t: Term, by: number): Term => ({ constant: t.constant, vars: t.vars.map((v) => v + by) });
  const rows: string[] = [];
  const row = (terms: Array<[Term, number]>, op: string, value: number) => {
    let rhs = value;
    const parts: string[] = [];
    for (const [t, sign] of terms) {
      rhs -= sign * t.constant;
      for (const v of t.vars) parts.push(`${sign > 0 ? '+' : '-'} x${v}`);
    }
    if (parts.length > 0) rows.push(` r${rows.length}: ${parts.join(' ')} ${op} ${rhs}`);
  };
  for (const [system, by] of [[s, 0], [f, s.variableCount]] as const) {
    for (const e of system.equations) row([[shift(e, by), 1]], '=', e.value);
    for (const b of system.bounds) {
      if (b.min > -Infinity) row([[shift(b, by), 1]], '>=', b.min);
      row([[shift(b, by), 1]], '<=', b.max);
    }
  }
  // A cell as the attacker knows it: its published value, else its system's term; absent = 0.
  const termOf = (table: PublishedTable, system: typeof s, by: number, key: Record<string, string>, category: string): Term => {
    const cell = table.cells.find((c) => c.category === category && JSON.stringify(c.key) === JSON.stringify(key));
    if (!cell) return { constant: 0, vars: [] };
    if (cell.value !== null) return { constant: cell.value, vars: [] };
    return shift(system.hidden.find((h) => h.name === `${JSON.stringify(cell.key)}:${category}`)!, by);
  };
  for (const l of links) {
    row(
      [
        [termOf(stock, s, 0, l.now, l.category), 1],
        [termOf(stock, s, 0, l.before, l.category), -1],
        [termOf(flow, f, s.variableCount, l.hires, l.category), -1],
        [termOf(flow, f, s.variableCount, l.leavers, l.category), 1],
      ],
      '=',
      0,
    );
  }
  const hidden = [...s.hidden.map((h) => ({ ...h, name: `stock ${h.name}` })), ...f.hidden.map((h) => ({ ...shift(h, s.variableCount), name: `flow ${h.name}` }))];
  const columns = s.variableCount + f.variableCount;
  const bounds = Array.from({ length: columns }, (_, v) => ` x${v} >= 0`).join('\n');
  const model = highs.createModel({ format: 'lp', data: `Minimize\n obj: 0 x0\nSubject To\n${rows.join('\n')}\nBounds\n${bounds}\nEnd\n` });
  try {
    model.options.set({ output_flag: false, presolve: 'off' });
    const column = new Map<number, number>();
    for (let c = 0; c < model.getDimensions().numCols; c++) column.set(Number(model.getColName(c).slice(1)), c);
    const optimum = (vars: number[], sign: 1 | -1): number => {
      const cost = new Float64Array(column.size);
      for (const v of vars) cost[column.get(v)!] = cost[column.get(v)!]! + sign;
      model.changeColsCost({ kind: 'range', from: 0, to: column.size - 1 }, cost);
      model.run();
      const status = model.getModelStatus();
      if (status === highs.constants.modelStatus.unbounded) return sign === 1 ? -Infinity : Infinity;
      if (status !== highs.constants.modelStatus.optimal) throw new Error(`LP status ${status}`);
      return sign * model.getObjectiveValue();
    };
    return hidden.flatMap((h) => {
      const min = h.constant + optimum(h.vars, 1);
      const max = h.constant + optimum(h.vars, -1);
      return holdsOneWholeNumber(min, max) ? [`${h.name} in [${min}, ${max}]`] : [];
    });
  } finally {
    model.dispose();
  }
}
