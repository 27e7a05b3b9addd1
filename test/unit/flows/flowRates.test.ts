import { describe, expect, it } from 'vitest';
import { funnelPassRates, leaverRates, promotionRates } from '../../../src/core/flows/flowRates';
import { BY_STAGE, STAGES } from './funnelFixture';

const H = ['nederland', 'europa', 'buiten-europa'];
describe('promotionRates (promotions ÷ stock at start)', () => {
  // Promoted 35 of 100 Nederland, 20 of 100 Europa, 10 of 50 Buiten Europa.
  const r = promotionRates({ nederland: 35, europa: 20, 'buiten-europa': 10 }, { nederland: 100, europa: 100, 'buiten-europa': 50 }, H, 'nederland');

  it('gives each origin its rate, Wilson interval and ratio to the reference', () => {
    const [nl, eu, be] = r.rates;
    expect(nl).toMatchObject({ category: 'nederland', status: 'ok', rate: 0.35, ratioToReference: 1, belowFourFifths: false, pVsReference: null });
    // 0.20 / 0.35 = 0.5714: below four fifths; Wilson(20, 100) = [0.133367, 0.288829] (Wilson's formula by hand)
    expect(eu!.rate).toBe(0.2);
    expect(eu!.ratioToReference).toBeCloseTo(4 / 7, 14);
    expect(eu!.belowFourFifths).toBe(true);
    expect(eu!.interval!.low).toBeCloseTo(0.13336693333103253, 10);
    expect(eu!.interval!.high).toBeCloseTo(0.28882916559315885, 10);
    // Wilson(10, 50): p 0.2, z²/n 0.076829: centre 0.221404, half 0.108967 -> [0.112438, 0.330371]
    expect(be!.interval!.low).toBeCloseTo(0.11243750015776112, 10);
    expect(be!.interval!.high).toBeCloseTo(0.3303710593222542, 10);
  });

  it('tests each origin against the reference with Fisher’s exact test (scipy values)', () => {
    // fisher_exact([[20,80],[35,65]]) p 0.026117952125054366; ([[10,40],[35,65]]) p 0.06223851734345891
    expect(r.rates[1]!.pVsReference).toBeCloseTo(0.026117952125054366, 10);
    expect(r.rates[2]!.pVsReference).toBeCloseTo(0.06223851734345891, 10);
  });

  it('tests all three origins at once with chi-square (2×3)', () => {
    // 65 of 250 promoted (0.26): E = 26, 26, 13 promoted and 74, 74, 37 not.
    // X² = 81/26 + 36/26 + 9/13 + 81/74 + 36/74 + 9/37 = 7.016632…; p = e^(−X²/2) = 0.029947303 (scipy)
    expect(r.test).toMatchObject({ method: 'chi-square', df: 2 });
    if (r.test.method !== 'chi-square') return;
    expect(r.test.statistic).toBeCloseTo(81 / 26 + 36 / 26 + 9 / 13 + 81 / 74 + 36 / 74 + 9 / 37, 12);
    expect(r.test.p).toBeCloseTo(0.029947303007274044, 12);
  });

  it('an origin with no stock has no rate and is left out of the tests', () => {
    const s = promotionRates({ nederland: 20 }, { nederland: 100, europa: 100 }, H, 'nederland');
    expect(s.rates[2]).toMatchObject({ status: 'no-base', rate: null, interval: null, ratioToReference: null, belowFourFifths: null, pVsReference: null });
    // Two origins left (20/100 and 0/100): Fisher. scipy fisher_exact([[20,80],[0,100]]) p ≈ 1.9e-6.
    expect(s.test.method).toBe('fisher-exact');
  });

  it('more promotions than stock is inconsistent: rate shown, no interval, not tested', () => {
    const s = promotionRates({ nederland: 20, europa: 12 }, { nederland: 100, europa: 10 }, H, 'nederland');
    expect(s.rates[1]).toMatchObject({ status: 'exceeds-base', rate: 1.2, interval: null, ratioToReference: null, pVsReference: null });
    expect(s.test).toEqual({ method: 'none', reason: 'fewer-than-two-origins' });
  });

  it('counts derived from percentages get rates and intervals but no test', () => {
    // 12.5 promoted of 50 (25%) against 20 of 100: rate 0.25, ratio 0.25 / 0.2 = 1.25
    const s = promotionRates({ nederland: 20, europa: 12.5 }, { nederland: 100, europa: 50 }, H, 'nederland');
    expect(s.rates[1]).toMatchObject({ rate: 0.25, ratioToReference: 1.25, pVsReference: null });
    expect(s.rates[1]!.interval).not.toBeNull();
    expect(s.test).toEqual({ method: 'none', reason: 'not-whole-counts' });
  });

  it('a reference without stock leaves every ratio unknown', () => {
    const s = promotionRates({ europa: 2 }, { europa: 10, 'buiten-europa': 10 }, H, 'nederland');
    expect(s.rates.map((x) => x.ratioToReference)).toEqual([null, null, null]);
    expect(s.rates.map((x) => x.pVsReference)).toEqual([null, null, null]);
  });
});

describe('leaverRates (leavers ÷ average stock)', () => {
  // Stocks 100→104, 40→41, 30→30: averages 102, 40.5, 30. Leavers 10, 6, 9.
  const r = leaverRates({ nederland: 10, europa: 6, 'buiten-europa': 9 }, { nederland: 100, europa: 40, 'buiten-europa': 30 }, { nederland: 104, europa: 41, 'buiten-europa': 30 }, H, 'nederland');

  it('divides by the average stock, which may be fractional', () => {
    expect(r.rates.map((x) => x.base)).toEqual([102, 40.5, 30]);
    expect(r.rates[1]!.rate).toBeCloseTo(6 / 40.5, 14);
    // (9/30) / (10/102) = 0.3 × 10.2 = 3.06: leaving three times as often
    expect(r.rates[2]!.ratioToReference).toBeCloseTo(3.06, 12);
    // Wilson on the fractional base n = 40.5 gives [0.069716, 0.287545]
    expect(r.rates[1]!.interval!.low).toBeCloseTo(0.06971594346825725, 10);
  });

  it('tests whole people: 40.5 is rounded to 41 for the tables', () => {
    // chi2_contingency([[10,92],[6,35],[9,21]], correction=False): X² 7.649886165936382, p 0.02181967740697351
    expect(r.test).toMatchObject({ method: 'chi-square', df: 2 });
    if (r.test.method !== 'chi-square') return;
    expect(r.test.statistic).toBeCloseTo(7.649886165936382, 10);
    expect(r.test.p).toBeCloseTo(0.02181967740697351, 12);
    // fisher_exact([[9,21],[10,92]]) p 0.014262838084379946
    expect(r.rates[2]!.pVsReference).toBeCloseTo(0.014262838084379946, 10);
  });
});

describe('funnelPassRates (passed ÷ entered per step)', () => {
  // sollicitanten 200/50/150 → gesprek 60/15/25 → aanbod 20/5/6 → aangenomen 18/4/5
  const steps = funnelPassRates(STAGES, BY_STAGE, H, 'nederland');

  it('has one step per adjacent pair of stages, in order', () => {
    expect(steps.map((s) => [s.from, s.to])).toEqual([
      ['sollicitanten', 'gesprek'],
      ['gesprek', 'aanbod'],
      ['aanbod', 'aangenomen'],
    ]);
  });

  it('first step: 60/200, 15/50, 25/150 with ratios to Nederland 1, 1, 0.5556', () => {
    const c = steps[0]!.comparison;
    expect(c.rates.map((x) => x.rate)).toEqual([0.3, 0.3, 25 / 150]);
    // (25/150) / (60/200) = 0.16667 / 0.3 = 5/9
    expect(c.rates[2]!.ratioToReference).toBeCloseTo(5 / 9, 14);
    expect(c.rates[2]!.belowFourFifths).toBe(true);
    // fisher_exact([[25,125],[60,140]]) p 0.005397096945137021; [[15,35],[60,140]] is proportional: p 1
    expect(c.rates[2]!.pVsReference).toBeCloseTo(0.005397096945137021, 10);
    expect(c.rates[1]!.pVsReference).toBe(1);
    // 100 of 400 pass (0.25): E = 50, 12.5, 37.5 passed; X² = 100/50 + 0 + 156.25/37.5 + 100/150
    // + 0 + 156.25/112.5 = 8.8889; p = e^(−4.4444) = 0.011743628457021359 (scipy)
    if (c.test.method !== 'chi-square') throw new Error('expected chi-square');
    expect(c.test.statistic).toBeCloseTo(80 / 9, 12);
    expect(c.test.p).toBeCloseTo(0.011743628457021359, 12);
  });

  it('a missing stage counts as nobody', () => {
    const [step] = funnelPassRates(['a', 'b'], { a: { nederland: 10 } }, H, 'nederland');
    expect(step!.comparison.rates[0]).toMatchObject({ rate: 0, status: 'ok' });
    expect(step!.comparison.rates[1]).toMatchObject({ rate: null, status: 'no-base' });
  });
});
