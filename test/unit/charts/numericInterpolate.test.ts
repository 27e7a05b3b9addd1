import { describe, expect, it } from 'vitest';
import { interpolate, interpolateNumber, interpolateRound, piecewise } from '../../../src/charts/numericInterpolate';

describe('numericInterpolate (the build-time stand-in for d3-interpolate)', () => {
  it('interpolates numbers linearly', () => {
    // 10 + (30 - 10) * 0.25 = 15
    expect(interpolateNumber(10, 30)(0.25)).toBe(15);
    expect(interpolate(0, 200)(0.5)).toBe(100);
    expect(interpolate(5, 5)(0.7)).toBe(5);
  });

  it('rounds with interpolateRound', () => {
    // 0 + 10 * 0.26 = 2.6 -> 3
    expect(interpolateRound(0, 10)(0.26)).toBe(3);
  });

  it('rejects what only the full d3-interpolate would handle', () => {
    expect(() => interpolate('red', 'blue')).toThrow(TypeError);
    expect(() => interpolate([0], [1])).toThrow(TypeError);
    expect(() => piecewise()).toThrow(TypeError);
  });
});
