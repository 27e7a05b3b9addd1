import { describe, expect, it } from 'vitest';
import { parsePercentInput, suggestTargets, targetsModel, validateTargetInputs } from '../../../src/core/views/analysis';
import { categories, cells, table } from './fixtures';

describe('parsePercentInput', () => {
  it.each([
    ['12,5', 0.125],
    ['12.5', 0.125],
    [' 20 % ', 0.2],
    ['100', 1],
  ])('reads %j as %f', (text, fraction) => {
    const r = parsePercentInput(text);
    expect(r.ok && r.value !== null ? r.value : NaN).toBeCloseTo(fraction, 12);
  });

  it.each([
    ['', { ok: true, value: null }],
    ['abc', { ok: false, error: 'not-a-number' }],
    ['1.000,5', { ok: false, error: 'not-a-number' }],
    ['101', { ok: false, error: 'out-of-range' }],
    ['-1', { ok: false, error: 'out-of-range' }],
  ])('%j gives %j', (text, expected) => {
    expect(parsePercentInput(text)).toEqual(expected);
  });
});

describe('validateTargetInputs', () => {
  const valid = { targets: { nederland: '', europa: '12', 'buiten-europa': '20' }, targetYear: '2029', turnover: '10' };

  it('turns valid inputs into fractions and a year', () => {
    const r = validateTargetInputs(valid, categories, 2024);
    expect(r.errors).toEqual([]);
    expect(r.values.targets).toEqual({ nederland: null, europa: 0.12, 'buiten-europa': 0.2 });
    expect(r.values.targetYear).toBe(2029);
    expect(r.values.turnover).toBeCloseTo(0.1, 12);
  });

  it.each([
    ['a target that is no number', { targets: { ...valid.targets, europa: 'veel' } }, { field: 'europa', code: 'not-a-number' }],
    ['targets above 100% together (70 + 12 + 20)', { targets: { ...valid.targets, nederland: '70' } }, { field: 'targets', code: 'sum-above-100' }],
    ['a target year not after the current one', { targetYear: '2024' }, { field: 'targetYear', code: 'year-not-after' }],
    ['a target year 31 years ahead', { targetYear: '2055' }, { field: 'targetYear', code: 'year-too-far' }],
    ['a target year that is no year', { targetYear: '29' }, { field: 'targetYear', code: 'not-a-number' }],
    ['an empty target year', { targetYear: ' ' }, { field: 'targetYear', code: 'required' }],
    ['a turnover of 0', { turnover: '0' }, { field: 'turnover', code: 'out-of-range' }],
    ['an empty turnover', { turnover: '' }, { field: 'turnover', code: 'required' }],
  ])('refuses %s', (_name, change, error) => {
    const r = validateTargetInputs({ ...valid, ...change }, categories, 2024);
    expect(r.errors).toEqual([error]);
  });
});

describe('targetsModel', () => {
  // 2024: 200 staff, 150 / 20 / 30.
  const published = table(10, cells({ jaar: '2024' }, 200, [150, 20, 30]));
  const values = { targets: { nederland: null, europa: 0.1, 'buiten-europa': 0.2 }, targetYear: 2029, turnover: 0.1 };

  it('projects each category with a target, and none without', () => {
    const m = targetsModel(published, { jaar: '2024' }, categories, values, 2024);
    expect(m.total).toBe(200);
    const [nl, eu, be] = m.rows;
    expect(nl!.projection).toBeNull();
    // Europa 20/200 = 10% meets a 10% target.
    expect(eu!.projection!.status).toBe('reached');
    // Buiten Europa 30/200 = 15% -> 20% in 5 years at 10% turnover: d = 0.9^5 = 0.59049,
    // q = (0.20 − 0.15 × 0.59049) / (1 − 0.59049) = 0.1114265 / 0.40951 = 0.27210; gap 30 − 40 = −10.
    expect(be!.projection!.status).toBe('reachable');
    expect(be!.projection!.requiredIntakeShare).toBeCloseTo(0.2721, 4);
    expect(be!.projection!.gap).toBeCloseTo(-10, 12);
    expect(be!.projection!.progress).toBeCloseTo(0.75, 12); // 0.15 / 0.20
  });

  it('projects nothing while the target year is invalid', () => {
    const m = targetsModel(published, { jaar: '2024' }, categories, { ...values, targetYear: null }, 2024);
    expect(m.rows.every((r) => r.projection === null)).toBe(true);
  });
});

describe('suggestTargets', () => {
  it.each([
    // Europa 8% < 10.2% -> ceil 11; Buiten Europa 12% < 15.8% -> 16; Nederland (the first) never.
    [
      'rounds the benchmark up for non-Dutch categories below it',
      { nederland: 0.7, europa: 0.08, 'buiten-europa': 0.12 },
      { nederland: 0.74, europa: 0.102, 'buiten-europa': 0.158 },
      { nederland: '', europa: '11', 'buiten-europa': '16' },
    ],
    // Europa 9.0% < 9.1% -> 10 (above the share); Buiten Europa 25% > 15%: none.
    [
      'suggests nothing where the share is above the benchmark',
      { nederland: 0.66, europa: 0.09, 'buiten-europa': 0.25 },
      { nederland: 0.74, europa: 0.091, 'buiten-europa': 0.15 },
      { nederland: '', europa: '10', 'buiten-europa': '' },
    ],
  ])('%s', (_name, shares, benchmark, expected) => {
    expect(suggestTargets(shares, benchmark, categories)).toEqual(expected);
  });

  it('keeps an exact benchmark of 15% at 15, not 16', () => {
    expect(suggestTargets({ nederland: 0.8, europa: 0.1, 'buiten-europa': 0.1 }, { nederland: 0.75, europa: 0.1, 'buiten-europa': 0.15 }, categories)['buiten-europa']).toBe('15');
  });

  it('suggests nothing without a benchmark', () => {
    expect(suggestTargets({ nederland: 0.8, europa: 0.08, 'buiten-europa': 0.12 }, null, categories)).toEqual({ nederland: '', europa: '', 'buiten-europa': '' });
  });
});
