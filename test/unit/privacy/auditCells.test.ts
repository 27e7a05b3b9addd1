import { describe, expect, it } from 'vitest';
import { solver } from './highs';
import { realisticTable } from './tables';
import { makeDataset } from './makeDataset';
import type { Dataset } from '../../../src/core/types';
import { buildCells } from '../../../src/core/privacy/buildCells';
import { normaliseGroups } from '../../../src/core/privacy/normaliseGroups';
import { normaliseRules, type PresetId } from '../../../src/core/privacy/rules';
import { suppressPrimary } from '../../../src/core/privacy/suppressPrimary';
import { suppressComplementary } from '../../../src/core/privacy/suppressComplementary';
import { findPinnedCells } from '../../../src/core/privacy/auditCells';
import type { KeptModels } from '../../../src/core/privacy/audit/findRanges';
import type { LpSolver } from '../../../src/core/privacy/audit/lpSolver';
import { publishWithStats } from '../../../src/core/privacy/publish';

/** The pinned cells after the greedy step, audited over the hidden cells only, and over every cell with the published ones fixed. */
function bothWays(dataset: Dataset, preset: PresetId): { plain: number[]; full: number[] } {
  const rules = normaliseRules(preset);
  const table = buildCells(normaliseGroups(dataset));
  const codes = suppressPrimary(table, rules);
  suppressComplementary(table, codes);
  const kept: KeptModels = new Map();
  const plain = findPinnedCells(table, codes, rules, solver).map((p) => p.cell);
  const full = findPinnedCells(table, codes, rules, solver, { kept }).map((p) => p.cell);
  for (const { model } of kept.values()) model.dispose();
  return { plain: plain.sort((a, b) => a - b), full: full.sort((a, b) => a - b) };
}

describe('findPinnedCells with kept models (every finest cell an unknown, the published ones fixed)', () => {
  it.each([
    ['internal', 3],
    ['standard', 4],
    ['cbs', 3],
  ] as const)('finds the same pinned cells as the audit over the hidden cells alone (%s, seed %i)', (preset, seed) => {
    // The pinned cells are a fact of the published table, not of how the LP is written down.
    const { plain, full } = bothWays(realisticTable(['jaar', 'afdeling', 'niveau'], [2, 12, 4], seed, 300), preset);
    expect(full).toEqual(plain);
    // Each of these tables has cells the greedy step leaves pinned (18, 12 and 12): the check is not empty.
    expect(plain.length).toBeGreaterThan(0);
  });

  it('finds the hand-worked pinned cells of the four units (each europa 1, each buiten-europa total − nederland − 1)', () => {
    // The case of publish.test.ts: four units of 20 + 1 + 10 under 'internal'. After the greedy
    // step every europa (1..4, and the organisation's 4) and every buiten-europa is pinned.
    const dataset = makeDataset(['afdeling'], [['A', 20, 1, 10], ['B', 20, 1, 10], ['C', 20, 1, 10], ['D', 20, 1, 10]]);
    const { plain, full } = bothWays(dataset, 'internal');
    expect(full).toEqual(plain);
    expect(full).toHaveLength(10);
  });
});

describe('the repair rounds', () => {
  it('build one LP model for the table and give it the next round\'s bounds, instead of a model per round', () => {
    // 12 units × 4 levels (seed 3) under 'internal': two audit rounds, both needing LPs. Every sum is a row
    // of the one matrix, so the table is one component: one model, built in round 1, rebound in round 2.
    let built = 0;
    let rebound = 0;
    const counting: LpSolver = {
      model: (problem) => {
        built++;
        const model = solver.model(problem);
        return { minimise: (cost) => model.minimise(cost), rebound: (next) => (rebound++, model.rebound(next)), dispose: () => model.dispose() };
      },
    };
    const rounds = new Set<number>();
    const { stats } = publishWithStats(realisticTable(['afdeling', 'niveau'], [12, 4], 3, 300), 'internal', counting, { onProgress: (p) => rounds.add(p.round) });
    expect(stats.audited).toBe(true);
    expect(rounds.size).toBe(2);
    expect(built).toBe(1);
    expect(rebound).toBe(1);
  });
});
