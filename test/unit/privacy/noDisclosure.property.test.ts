import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solver } from './highs';
import { publishWithStats } from '../../../src/core/privacy/publish';
import type { PublishedTable } from '../../../src/core/privacy/types';
import { attackerSystem, holdsOneWholeNumber, integerValues, lpIntervals } from './independentAudit';
import { realisticTable, seeded } from './tables';
import type { Dataset } from '../../../src/core/types';
import type { PresetId } from '../../../src/core/privacy/rules';

// The promise, checked from outside: from everything published, no hidden cell can be narrowed to a
// single whole number. The checker (independentAudit.ts) rebuilds the attacker's system from the
// published table alone and solves it with HiGHS's LP-text reader; on tiny tables it also
// enumerates every whole-number solution. It shares no code with src/core/privacy/audit.

/** Random tables of `groups` finest groups (a fast-check arbitrary), 1–3 dimensions, with or without years. */
const shapeOf = (groups: fc.Arbitrary<number>, dims = fc.integer({ min: 1, max: 3 })) => fc
  .record({
    dims,
    withYears: fc.boolean(),
    years: fc.integer({ min: 2, max: 5 }),
    groups,
    largest: fc.constantFrom(25, 120, 400, 2000),
    seed: fc.integer(),
    preset: fc.constantFrom('cbs' as const, 'standard' as const, 'internal' as const),
  })
  .map(({ dims, withYears, years, groups, largest, seed, preset }) => {
    const names = withYears ? ['jaar', 'afdeling', 'niveau'].slice(0, dims) : ['afdeling', 'niveau', 'locatie'].slice(0, dims);
    const sizes = names.map(() => 1);
    let left = groups;
    if (withYears) {
      sizes[0] = dims === 1 ? Math.min(years, groups) : Math.min(years, Math.max(1, groups));
      left = Math.max(1, Math.floor(groups / sizes[0]!));
    }
    const free = withYears ? dims - 1 : dims;
    for (let i = names.length - free; i < names.length; i++) {
      sizes[i] = Math.max(1, Math.round(left ** (1 / (names.length - i))));
      left = Math.max(1, Math.floor(left / sizes[i]!));
    }
    return { dataset: realisticTable(names, sizes, seed, largest), preset, seed };
  });

// Mostly small tables (fast, and where brute force can run), some up to 250 groups; the large ones
// (251 to 2,000 groups) in a test of their own, fewer of them, each attacked on a sample of cells.
const shape = shapeOf(
  fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 3, arbitrary: fc.integer({ min: 13, max: 250 }) }),
);
// Two or three dimensions: one dimension with years has only as many groups as years.
const largeShape = shapeOf(fc.integer({ min: 251, max: 2000 }), fc.integer({ min: 2, max: 3 }));

/** Shown cells meet the thresholds: a shown total has groupMin people, a shown non-zero count cellMin. */
function shownBreaksRules(table: PublishedTable): string[] {
  const { groupMin, cellMin } = table.rules;
  return table.cells
    .filter((c) => c.value !== null && (c.category === 'total' ? c.value < groupMin : c.value > 0 && c.value < cellMin))
    .map((c) => `${JSON.stringify(c.key)}:${c.category}=${c.value}`);
}

/**
 * Publishes `dataset` and attacks it from outside: shown cells meet the thresholds, and every hidden
 * cell (a seeded sample of `sample` when there are over 150) has an LP interval holding two whole
 * numbers. Returns whether the table was audited (one that only its reasons give away, see
 * publish.test.ts, says so and is never shown).
 */
function checkTable(dataset: Dataset, preset: PresetId, seed: number, sample = 60): boolean {
  const { table, stats } = publishWithStats(dataset, preset, solver);
  expect(shownBreaksRules(table)).toEqual([]);
  if (!stats.audited) return false;
  const system = attackerSystem(table);
  const all = system.hidden.map((_, h) => h);
  const rand = seeded(seed);
  const which = all.length <= 150 ? all : Array.from({ length: sample }, () => all[Math.floor(rand() * all.length)]!);
  const disclosed = lpIntervals(system, which).filter((r) => holdsOneWholeNumber(r.min, r.max));
  expect(disclosed).toEqual([]);
  return true;
}

describe('no hidden cell is recoverable, at any table size', () => {
  it('every hidden cell’s LP interval holds at least two whole numbers (1 to 250 groups, 1–3 dimensions, years)', () => {
    fc.assert(
      fc.property(shape, ({ dataset, preset, seed }) => {
        checkTable(dataset, preset, seed);
      }),
      { numRuns: 30, seed: 20261205 },
    );
  }, 600_000);

  it('so does a seeded sample of hidden cells on large tables (251 to 2,000 groups)', () => {
    let audited = 0;
    fc.assert(
      fc.property(largeShape, ({ dataset, preset, seed }) => {
        expect(dataset.groups.length).toBeGreaterThan(200);
        if (checkTable(dataset, preset, seed, 30)) audited++;
      }),
      { numRuns: 6, seed: 20261206 },
    );
    expect(audited).toBeGreaterThan(3);
  }, 900_000);

  it('on tiny tables, every hidden cell takes two values among the whole-number solutions (brute force)', () => {
    let enumerated = 0;
    fc.assert(
      fc.property(shape, ({ dataset, preset }) => {
        const { table, stats } = publishWithStats(dataset, preset, solver);
        const system = attackerSystem(table);
        if (!stats.audited || system.variableCount > 8) return;
        const values = integerValues(system, 300_000);
        if (values === null) return;
        enumerated++;
        const pinned = system.hidden.filter((_, h) => values[h]!.size < 2).map((cell) => cell.name);
        expect(pinned).toEqual([]);
      }),
      { numRuns: 80, seed: 20261206 },
    );
    // The brute force really ran, on a good share of the tables.
    expect(enumerated).toBeGreaterThan(10);
  }, 600_000);
});
