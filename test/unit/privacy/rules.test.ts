import { describe, expect, it } from 'vitest';
import { normaliseRules, PRESETS, DEFAULT_PRESET } from '../../../src/core/privacy/rules';

describe('normaliseRules', () => {
  it.each([
    ['cbs', { groupMin: 250, cellMin: 10 }],
    ['standard', { groupMin: 50, cellMin: 10 }],
    ['internal', { groupMin: 10, cellMin: 5 }],
  ] as const)('resolves preset %s', (preset, expected) => {
    expect(normaliseRules(preset)).toEqual(expected);
  });

  it.each([
    // below the internal floor (10, 5): raised to it
    [{ groupMin: 3, cellMin: 1 }, { groupMin: 10, cellMin: 5 }],
    [{ groupMin: 0, cellMin: 0 }, { groupMin: 10, cellMin: 5 }],
    [{ groupMin: -5, cellMin: Number.NaN }, { groupMin: 10, cellMin: 5 }],
    [{ groupMin: Infinity, cellMin: 7 }, { groupMin: 10, cellMin: 7 }],
    // fractions round up: stricter, never looser
    [{ groupMin: 20.2, cellMin: 5.5 }, { groupMin: 21, cellMin: 6 }],
    // at or above the floor: kept
    [{ groupMin: 100, cellMin: 20 }, { groupMin: 100, cellMin: 20 }],
  ])('clamps %o to %o', (input, expected) => {
    expect(normaliseRules(input)).toEqual(expected);
  });

  it('defaults to standard and never mutates the presets', () => {
    expect(DEFAULT_PRESET).toBe('standard');
    const rules = normaliseRules('cbs');
    rules.groupMin = 1;
    expect(PRESETS.cbs.groupMin).toBe(250);
  });

  it('rejects an unknown preset as a programmer error', () => {
    expect(() => normaliseRules('open' as 'cbs')).toThrow(/Unknown disclosure preset/);
  });
});
