import { describe, expect, it } from 'vitest';
import { solver } from './highs';
import { publishWithStats } from '../../../src/core/privacy/publish';
import { publishByParts } from '../../../src/core/privacy/publishParts';
import { partKeys, yearParts } from '../../../src/core/privacy/yearParts';
import { publishKey } from '../../../src/core/privacy/publishKey';
import type { LpSolver } from '../../../src/core/privacy/audit/lpSolver';
import type { Dataset } from '../../../src/core/types';
import { makeDataset } from './makeDataset';
import { realisticTable } from './tables';

/** The solver, counting the LP models the audit builds (none: nothing was audited). */
function counting(): { solver: LpSolver; models: () => number } {
  let models = 0;
  return { solver: { model: (problem) => (models++, solver.model(problem)) }, models: () => models };
}

/** The dataset with one group of one year grown by `extra` persons of buiten-europa. */
function edited(dataset: Dataset, year: string, extra: number): Dataset {
  const at = dataset.groups.findIndex((g) => g.key.jaar === year);
  return {
    ...dataset,
    groups: dataset.groups.map((g, i) =>
      i === at ? { ...g, total: g.total + extra, counts: { ...g.counts, 'buiten-europa': (g.counts['buiten-europa'] ?? 0) + extra } } : g,
    ),
  };
}

describe('publishByParts: a cache by content of the years', () => {
  // 8 units × 3 years × 3 levels, sizes log-uniform up to 120: each preset hides cells by the rules
  // and more to protect them (yearSplit.test.ts), so the patterns compared here are not trivial.
  const dataset = realisticTable(['afdeling', 'jaar', 'niveau'], [8, 3, 3], 1, 120, 'log-uniform');

  it('splits by year, in label order, and keeps a dataset without years whole', () => {
    expect(yearParts(dataset).map((part) => [...new Set(part.groups.map((g) => g.key.jaar))])).toEqual([['jaar-0'], ['jaar-1'], ['jaar-2']]);
    // 8 units × 3 levels per year
    expect(yearParts(dataset).map((part) => part.groups.length)).toEqual([24, 24, 24]);
    const flat = makeDataset(['afdeling'], [['A', 40, 12, 8], ['B', 30, 15, 15]]);
    expect(yearParts(flat)).toEqual([flat]);
    expect(partKeys(flat, 'standard')).toEqual([publishKey(flat, 'standard')]);
  });

  it('without kept patterns gives exactly publish()’s table, and a pattern per year to keep', () => {
    for (const preset of ['standard', 'internal'] as const) {
      const whole = publishWithStats(dataset, preset, solver);
      const parts = publishByParts(dataset, preset, solver);
      expect(parts.table).toEqual(whole.table);
      expect(parts.stats).toEqual(whole.stats);
      expect(parts.fresh.map((k) => k.key)).toEqual(partKeys(dataset, preset));
    }
  });

  it('rebuilds kept years without the solver and audits only the year that changed', () => {
    const first = publishByParts(dataset, 'internal', solver);
    const again = counting();
    const reused = publishByParts(dataset, 'internal', again.solver, { kept: first.fresh });
    expect(again.models()).toBe(0);
    expect(first.table.audit?.audited).toBe(true);
    expect(reused.fresh).toEqual([]);
    expect(reused.table).toEqual(first.table);

    // 13 more persons in one group of jaar-1: that year's key changes, the other two stay.
    const changed = edited(dataset, 'jaar-1', 13);
    const keys = partKeys(changed, 'internal');
    expect(keys[0]).toBe(first.fresh[0]!.key);
    expect(keys[1]).not.toBe(first.fresh[1]!.key);
    expect(keys[2]).toBe(first.fresh[2]!.key);
    const once = counting();
    const reports = new Set<string>();
    const onProgress = (p: { part?: { year: string; index: number; count: number } }) => reports.add(JSON.stringify(p.part));
    const next = publishByParts(changed, 'internal', once.solver, { kept: first.fresh, onProgress });
    // Progress names the one year audited: jaar-1, the first of one.
    expect([...reports]).toEqual([JSON.stringify({ year: 'jaar-1', index: 1, count: 1 })]);
    expect(next.fresh.map((k) => k.key)).toEqual([keys[1]]);
    expect(once.models()).toBeGreaterThan(0);
    const whole = publishWithStats(changed, 'internal', solver);
    expect(next.table).toEqual(whole.table);
    expect(next.stats.audited).toBe(true);
  });

  it('refuses a kept pattern that does not fit its year and audits that year again', () => {
    const first = publishByParts(dataset, 'standard', solver);
    // Everything published: the rules hide cells in every year, so this pattern cannot be right.
    const blank = first.fresh.map((k, i) => (i === 2 ? { key: k.key, pattern: '0'.repeat(k.pattern.length) } : k));
    const next = publishByParts(dataset, 'standard', solver, { kept: blank });
    expect(next.fresh.map((k) => k.key)).toEqual([first.fresh[2]!.key]);
    expect(next.table).toEqual(first.table);
  });
});
