import { describe, expect, it } from 'vitest';
import { fisherExact } from '../../../src/core/flows/fisherExact';

// With margins fixed, P(a = x) = C(col1, x) C(n − col1, row1 − x) / C(n, row1); the two-sided p sums
// every P(x) ≤ P(observed). Expected values below are worked out that way by hand (small tables)
// or are scipy.stats.fisher_exact's output (scipy 1.17), checked against exact fractions.
describe('fisherExact (two-sided, as scipy.stats.fisher_exact)', () => {
  it('the lady tasting tea [[3,1],[1,3]]: p = 17/35', () => {
    // rows 4/4, col1 4, n 8: P(x) = C(4,x)²/70 = 1, 16, 36, 16, 1 (/70); observed x=3: 16/70;
    // all but the mode are ≤ 16/70: (1 + 16 + 16 + 1)/70 = 34/70 = 17/35 = 0.4857142857…
    const r = fisherExact(3, 1, 1, 3);
    expect(r.p).toBeCloseTo(17 / 35, 12);
    expect(r.oddsRatio).toBe(9); // 3·3 / (1·1)
  });

  it('scipy’s documented [[8,2],[1,5]]: p = 5/143 = 0.0349650349…', () => {
    // rows 10/6, col1 9, n 16, C(16,10) = 8008; x = 3..9 gives C(9,x)·C(7,10−x) =
    // 84, 882, 2646, 2940, 1260, 189, 7; observed x=8: 189; terms ≤ 189: 84 + 189 + 7 = 280;
    // 280/8008 = 5/143. Odds ratio 8·5 / (2·1) = 20.
    const r = fisherExact(8, 2, 1, 5);
    expect(r.p).toBeCloseTo(5 / 143, 12);
    expect(r.oddsRatio).toBe(20);
  });

  it('scipy’s documented [[7,17],[15,5]]: odds ratio 0.1372549…, p 0.0057684', () => {
    // Odds ratio 7·5 / (17·15) = 35/255 = 0.13725490196…
    // p: scipy 1.17 gives 0.005768386750469949 = 65963351/11435320455 as an exact fraction
    // (summed with math.comb); 0.0096 sometimes quoted for this table is not the two-sided value.
    const r = fisherExact(7, 17, 15, 5);
    expect(r.oddsRatio).toBeCloseTo(35 / 255, 14);
    expect(r.p).toBeCloseTo(65963351 / 11435320455, 12);
  });

  it('a promotion table [[20,80],[35,65]]: p 0.0261179521 (scipy)', () => {
    // 20 of 100 promoted against 35 of 100; odds ratio 20·65 / (80·35) = 1300/2800 = 0.4642857…
    const r = fisherExact(20, 80, 35, 65);
    expect(r.oddsRatio).toBeCloseTo(1300 / 2800, 14);
    expect(r.p).toBeCloseTo(0.026117952125054366, 10);
  });

  it('holds for counts in the thousands (scipy values)', () => {
    // [[1200,800],[900,1100]]: odds ratio 1200·1100 / (800·900) = 1.8333…, p 2.4272522820494005e-21
    const big = fisherExact(1200, 800, 900, 1100);
    expect(big.oddsRatio).toBeCloseTo(11 / 6, 14);
    expect(big.p / 2.4272522820494005e-21).toBeCloseTo(1, 6);
    // [[2500,7500],[2300,7700]]: odds ratio 2500·7700 / (7500·2300) = 1.1159420…, p 0.000983830522041514
    const wide = fisherExact(2500, 7500, 2300, 7700);
    expect(wide.oddsRatio).toBeCloseTo(19250000 / 17250000, 14);
    expect(wide.p / 0.000983830522041514).toBeCloseTo(1, 6);
  });

  it('zero cells: odds ratio 0 or Infinity as scipy, p still exact', () => {
    // [[0,5],[5,0]]: rows 5/5, col1 5, n 10; only x=0 and x=5 are as unlikely as the observed,
    // each 1/C(10,5) = 1/252: p = 2/252 = 1/126; odds ratio 0·0 / (5·5) = 0.
    expect(fisherExact(0, 5, 5, 0)).toEqual({ p: expect.closeTo(1 / 126, 12), oddsRatio: 0 });
    // [[5,0],[3,4]]: rows 5/7, col1 8, n 12, C(12,5) = 792; x = 1..5: C(8,x)·C(4,5−x) =
    // 8, 112, 336, 280, 56; observed x=5: 56; terms ≤ 56: 8 + 56 = 64; 64/792 = 8/99; b = 0: Infinity.
    expect(fisherExact(5, 0, 3, 4)).toEqual({ p: expect.closeTo(8 / 99, 12), oddsRatio: Infinity });
  });

  it('an empty row or column: nothing to test, p 1 and odds ratio NaN (as scipy)', () => {
    expect(fisherExact(0, 0, 3, 4)).toEqual({ p: 1, oddsRatio: NaN });
    expect(fisherExact(0, 3, 0, 4)).toEqual({ p: 1, oddsRatio: NaN });
    expect(fisherExact(10, 5, 0, 0)).toEqual({ p: 1, oddsRatio: NaN });
  });

  it('the most likely table has p 1', () => {
    // [[5,5],[5,5]]: x=5 is the mode of C(10,x)·C(10,10−x), every table is as or less likely.
    expect(fisherExact(5, 5, 5, 5).p).toBe(1);
  });

  it('refuses counts that are not whole and ≥ 0 (programmer error)', () => {
    expect(() => fisherExact(1.5, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExact(1, -2, 3, 4)).toThrow(RangeError);
  });
});
