import { describe, expect, it } from 'vitest';
import { solver } from './highs';
import fc from 'fast-check';
import type { Dataset, Group } from '../../../src/core/types';
import { publishWithStats } from '../../../src/core/privacy/publish';
import { auditPublished } from '../../../src/core/privacy/audit/auditPublished';
import type { DisclosureRules } from '../../../src/core/privacy/rules';

const CATEGORIES = ['nederland', 'europa', 'buiten-europa'];
/** With a year dimension (published per year, never summed over years) or without one. */
const DIMENSIONS = { years: ['jaar', 'afdeling', 'niveau'], plain: ['regio', 'afdeling', 'niveau'] };

/** Zeros, small cells (under every cellMin) and large ones, so every rule and every zero case occurs. */
const count = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 5, arbitrary: fc.integer({ min: 10, max: 120 }) },
);

const groupCell = fc.record({
  present: fc.double({ min: 0, max: 1, noNaN: true }),
  counts: fc.tuple(count, count, count),
  rest: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }) }),
  source: fc.oneof({ weight: 19, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 }) }),
});

const dataset = fc
  .record({
    shape: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
    cells: fc.array(groupCell, { minLength: 27, maxLength: 27 }),
    density: fc.double({ min: 0.5, max: 1, noNaN: true }),
    fromPercentages: fc.boolean(),
    withYear: fc.boolean(),
  })
  .map(({ shape, cells, density, fromPercentages, withYear }): Dataset => {
    const dims = DIMENSIONS[withYear ? 'years' : 'plain'].slice(0, shape.length);
    const groups: Group[] = [];
    const walk = (d: number, key: Record<string, string>) => {
      if (d === dims.length) {
        const cell = cells[groups.length % cells.length]!;
        if (cell.present > density) return;
        const total = cell.counts.reduce((s, n) => s + n, 0) + cell.rest;
        // from percentages: headcount × share, the share rounded to 0.1% as a CBS table would print it
        const share = (n: number) => (total === 0 ? 0 : Math.round((1000 * n) / total) / 1000);
        const counts = Object.fromEntries(
          CATEGORIES.map((c, i) => [c, fromPercentages ? total * share(cell.counts[i]!) : cell.counts[i]!]),
        );
        const group: Group = { key: { ...key }, total, counts };
        if (cell.source >= 0) {
          group.suppressed = [CATEGORIES[cell.source]!];
          group.counts[CATEGORIES[cell.source]!] = 0;
        }
        groups.push(group);
        return;
      }
      for (let i = 0; i < shape[d]!; i++) walk(d + 1, { ...key, [dims[d]!]: `${dims[d]}-${i}` });
    };
    walk(0, {});
    return { scheme: 'herkomst', dimensions: dims, groups, meta: { fromPercentages } };
  });

const rules = fc.oneof(
  fc.constantFrom<'cbs' | 'standard' | 'internal'>('cbs', 'standard', 'internal'),
  fc.record<DisclosureRules>({ groupMin: fc.integer({ min: 10, max: 120 }), cellMin: fc.integer({ min: 5, max: 15 }) }),
);

describe('publish survives the audit', () => {
  it('pins no hidden cell and shows nothing under the thresholds', () => {
    fc.assert(
      fc.property(dataset, rules, (ds, r) => {
        const { table, stats } = publishWithStats(ds, r, solver);
        expect(stats.audited).toBe(true);
        expect(auditPublished(ds, table, solver)).toEqual([]);
      }),
      { numRuns: 300, seed: 20261129 },
    );
  }, 60_000);

  it('with a year dimension, publishes each year as that year alone, keyed by its year', () => {
    fc.assert(
      fc.property(dataset, rules, (ds, r) => {
        if (ds.dimensions[0] !== 'jaar') return;
        const { table } = publishWithStats(ds, r, solver);
        expect(table.cells.filter((c) => !('jaar' in c.key))).toEqual([]);
        for (const year of new Set(ds.groups.map((g) => g.key.jaar!))) {
          const alone = publishWithStats({ ...ds, groups: ds.groups.filter((g) => g.key.jaar === year) }, r, solver);
          expect(table.cells.filter((c) => c.key.jaar === year)).toEqual(alone.table.cells);
        }
      }),
      { numRuns: 100, seed: 20261206 },
    );
  }, 60_000);

  it('gives the same pattern whatever the order of the groups', () => {
    fc.assert(
      fc.property(dataset, rules, fc.integer(), (ds, r, seed) => {
        const shuffled = { ...ds, groups: [...ds.groups].sort((a, b) => hash(a, seed) - hash(b, seed)) };
        expect(publishWithStats(shuffled, r, solver).table).toEqual(publishWithStats(ds, r, solver).table);
      }),
      { numRuns: 100, seed: 20261130 },
    );
  }, 60_000);
});

function hash(g: Group, seed: number): number {
  let h = seed | 0;
  for (const ch of JSON.stringify(g.key)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h;
}
