import { describe, expect, it } from 'vitest';
import { currentKey, largestDifference, overviewModel, type PublishedTable } from '../../../src/core';

const categories = ['nederland', 'europa', 'buiten-europa'];
const rules = { groupMin: 50, cellMin: 10 } as PublishedTable['rules'];

// Organisation in 2024: 300 staff, 210 Nederland, 30 Europa, 60 Buiten Europa.
// A 2023 cell with other numbers proves the overview reads only the key it is asked for.
const table: PublishedTable = {
  rules,
  cells: [
    { key: { jaar: '2024' }, category: 'total', value: 300 },
    { key: { jaar: '2024' }, category: 'nederland', value: 210 },
    { key: { jaar: '2024' }, category: 'europa', value: 30 },
    { key: { jaar: '2024' }, category: 'buiten-europa', value: 60 },
    { key: { jaar: '2023' }, category: 'total', value: 999 },
    { key: { jaar: '2023' }, category: 'nederland', value: 1 },
  ],
};
const benchmark = { nederland: 0.75, europa: 0.1, 'buiten-europa': 0.15 };

describe('overviewModel', () => {
  it('compares the published counts of one key with the benchmark', () => {
    const model = overviewModel(table, { jaar: '2024' }, categories, benchmark);
    expect(model.total).toBe(300);
    const [nl, eu, be] = model.rows;
    // Nederland: 210/300 = 70%; 70 − 75 = −5 pp; index 0.70/0.75 = 0.9333; expected 225; gap −15.
    expect(nl!.share).toBeCloseTo(0.7, 12);
    expect(nl!.differencePp).toBeCloseTo(-5, 12);
    expect(nl!.index).toBeCloseTo(0.93333333, 6);
    expect(nl!.expected).toBeCloseTo(225, 12);
    expect(nl!.gap).toBeCloseTo(-15, 12);
    // Europa: 30/300 = 10% = benchmark: 0 pp, index exactly 1.
    expect(eu!.differencePp).toBeCloseTo(0, 12);
    expect(eu!.index).toBeCloseTo(1, 12);
    // Buiten Europa: 60/300 = 20%; +5 pp; index 0.20/0.15 = 1.3333.
    expect(be!.differencePp).toBeCloseTo(5, 12);
    expect(be!.index).toBeCloseTo(1.3333333, 6);
  });

  it('carries suppression through as null with its reason, never as zero', () => {
    const hidden: PublishedTable = {
      rules,
      cells: [
        { key: {}, category: 'total', value: 60 },
        { key: {}, category: 'nederland', value: 52 },
        { key: {}, category: 'europa', value: null, reason: 'cell-too-small' },
        { key: {}, category: 'buiten-europa', value: null, reason: 'complementary' },
      ],
    };
    const model = overviewModel(hidden, {}, categories, benchmark);
    expect(model.rows[1]).toMatchObject({ count: null, share: null, differencePp: null, reason: 'cell-too-small' });
    expect(model.rows[2]).toMatchObject({ count: null, share: null, reason: 'complementary' });
  });

  it('has no comparison without a benchmark', () => {
    const model = overviewModel(table, { jaar: '2024' }, categories, null);
    expect(model.rows[0]!.share).toBeCloseTo(0.7, 12);
    expect(model.rows[0]!.benchmarkShare).toBeNull();
    expect(model.rows[0]!.differencePp).toBeNull();
  });

  it('names the category furthest from its benchmark', () => {
    // |−5| = |+5|: the first one found (Nederland) is kept on a tie; Europa (0 pp) never wins.
    const model = overviewModel(table, { jaar: '2024' }, categories, benchmark);
    expect(largestDifference(model)?.category).toBe('nederland');
    expect(largestDifference(overviewModel(table, { jaar: '2024' }, categories, null))).toBeNull();
  });
});

describe('currentKey', () => {
  const g = (jaar: string) => ({ key: { jaar, afdeling: 'A' }, total: 1, counts: {} });
  it.each([
    { dims: ['jaar', 'afdeling'], groups: [g('2022'), g('2024'), g('2023')], expected: { jaar: '2024' } },
    // Years compare as numbers: '2024' > '999' although it sorts before it as text.
    { dims: ['jaar', 'afdeling'], groups: [g('999'), g('2024')], expected: { jaar: '2024' } },
    { dims: ['afdeling'], groups: [{ key: { afdeling: 'A' }, total: 1, counts: {} }], expected: {} },
  ])('picks the latest year, or the whole organisation without a year: $expected', ({ dims, groups, expected }) => {
    expect(currentKey({ dimensions: dims, groups })).toEqual(expected);
  });
});
