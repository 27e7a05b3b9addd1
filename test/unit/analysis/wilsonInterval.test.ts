import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wilsonInterval } from '../../../src/core/analysis/wilsonInterval';
import { normalQuantile } from '../../../src/core/analysis/normalQuantile';

describe('normalQuantile', () => {
  // Standard normal table values (e.g. Abramowitz & Stegun, Table 26.5), to the digits printed there.
  it.each([
    { p: 0.5, z: 0 },
    { p: 0.975, z: 1.959963984540054 },
    { p: 0.995, z: 2.5758293035489 },
    { p: 0.9, z: 1.2815515655446 },
    { p: 0.05, z: -1.6448536269515 },
    { p: 1e-10, z: -6.3613409024041 }, // tail branch, r = √(−ln p) ≈ 4.80 ≤ 5
    { p: 1e-20, z: -9.2623400897984 }, // far-tail branch, r ≈ 6.79 > 5
  ])('Φ⁻¹($p) = $z', ({ p, z }) => expect(normalQuantile(p)).toBeCloseTo(z, 10));

  it('is ±Infinity at 0 and 1 and throws outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});

describe('wilsonInterval', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Stat. Med. 17,
  // Table I, method 3 (Wilson score, no continuity correction), 95%, printed to 4 decimals.
  it.each([
    { k: 81, n: 263, low: 0.2553, high: 0.3662 },
    { k: 15, n: 148, low: 0.0624, high: 0.1605 },
    { k: 0, n: 20, low: 0, high: 0.1611 },
    { k: 1, n: 29, low: 0.0061, high: 0.1718 },
  ])('Newcombe Table I: $k/$n -> [$low, $high]', ({ k, n, low, high }) => {
    const ci = wilsonInterval(k, n);
    expect(ci.low).toBeCloseTo(low, 4);
    expect(ci.high).toBeCloseTo(high, 4);
  });

  it('5 of 10 at 95%, by hand', () => {
    // z = 1.959964, z² = 3.841459; p = 0.5; D = 1 + z²/n = 1.3841459
    // centre = (0.5 + z²/20) / D = 0.6920729 / 1.3841459 = 0.5
    // half = z/D × √(0.25/10 + z²/400) = 1.4160081 × √0.0346036 = 1.4160081 × 0.1860205 = 0.2634066
    const ci = wilsonInterval(5, 10);
    expect(ci.low).toBeCloseTo(0.2365934, 6);
    expect(ci.high).toBeCloseTo(0.7634066, 6);
  });

  it('other confidence levels use the matching z', () => {
    // 90%: z = 1.6448536, z² = 2.7055435; k = 20, n = 100, p = 0.2; D = 1 + z²/n = 1.0270554
    // centre = (0.2 + z²/200) / D = 0.2135277 / 1.0270554 = 0.2079028
    // half = (z / D) × √(0.16/100 + z²/40000) = 1.6015237 × √0.0016676386 = 1.6015237 × 0.0408367 = 0.0654010
    const ci = wilsonInterval(20, 100, 0.9);
    expect(ci.low).toBeCloseTo(0.1425018, 6);
    expect(ci.high).toBeCloseTo(0.2733038, 6);
  });

  it('edge cases: n = 0 is uninformative; k = 0 and k = n touch the bounds exactly', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
    expect(wilsonInterval(0, 7).low).toBe(0);
    expect(wilsonInterval(7, 7).high).toBe(1);
    // k = n = 20: low = n / (n + z²) = 20 / 23.841459 = 0.8388748 (the mirror of 0/20's 0.1611)
    expect(wilsonInterval(20, 20).low).toBeCloseTo(0.8388748, 6);
  });

  it('accepts fractional k (counts from percentages)', () => {
    const ci = wilsonInterval(12.5, 50);
    expect(ci.low).toBeLessThan(0.25);
    expect(ci.high).toBeGreaterThan(0.25);
  });

  it.each([
    { k: -1, n: 10 },
    { k: 11, n: 10 },
    { k: 1, n: -1 },
    { k: Number.NaN, n: 10 },
  ])('throws on impossible input k=$k n=$n', ({ k, n }) => {
    expect(() => wilsonInterval(k, n)).toThrow(RangeError);
  });

  it('throws on a confidence outside (0, 1)', () => {
    expect(() => wilsonInterval(1, 10, 1)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, 0)).toThrow(RangeError);
  });

  it('property: the interval lies in [0, 1] and contains the share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (n, k0, confidence) => {
          const k = k0 % (n + 1);
          const { low, high } = wilsonInterval(k, n, confidence);
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
          expect(low).toBeLessThanOrEqual(k / n);
          expect(high).toBeGreaterThanOrEqual(k / n);
        },
      ),
      { seed: 11, numRuns: 500 },
    );
  });

  it('property: a higher confidence gives a wider interval', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (n, k0) => {
        const k = k0 % (n + 1);
        const narrow = wilsonInterval(k, n, 0.9);
        const wide = wilsonInterval(k, n, 0.99);
        expect(wide.low).toBeLessThanOrEqual(narrow.low);
        expect(wide.high).toBeGreaterThanOrEqual(narrow.high);
      }),
      { seed: 12, numRuns: 200 },
    );
  });
});
