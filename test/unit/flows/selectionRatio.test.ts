import { describe, expect, it } from 'vitest';
import { FOUR_FIFTHS, selectionRatio } from '../../../src/core/flows/selectionRatio';
import { referenceCategory } from '../../../src/core/flows/referenceCategory';

describe('selectionRatio', () => {
  it.each([
    // 20 of 100 against 35 of 100: 0.20 / 0.35 = 4/7 = 0.571428…
    { args: [20, 100, 35, 100], want: 4 / 7 },
    // 30 of 60 against 40 of 100: 0.5 / 0.4 = 1.25
    { args: [30, 60, 40, 100], want: 1.25 },
    // 8 of 40 against 25 of 100: 0.2 / 0.25 = 0.8, exactly the four-fifths line
    { args: [8, 40, 25, 100], want: 0.8 },
    // fractional counts (from percentages): 2.5 of 10 against 5 of 10 = 0.5
    { args: [2.5, 10, 5, 10], want: 0.5 },
  ])('$args -> $want', ({ args: [selected, total, refSelected, refTotal], want }) => {
    expect(selectionRatio(selected!, total!, refSelected!, refTotal!)).toBeCloseTo(want, 14);
  });

  it('is unknown (NaN) without a rate on either side or at 0 ÷ 0; Infinity against a reference rate of 0', () => {
    expect(selectionRatio(0, 0, 5, 10)).toBeNaN();
    expect(selectionRatio(3, 10, 0, 0)).toBeNaN();
    expect(selectionRatio(0, 10, 0, 10)).toBeNaN();
    expect(selectionRatio(3, 10, 0, 10)).toBe(Infinity);
  });

  it('refuses negative counts and more selected than total (programmer error)', () => {
    expect(() => selectionRatio(-1, 10, 5, 10)).toThrow(RangeError);
    expect(() => selectionRatio(11, 10, 5, 10)).toThrow(RangeError);
    expect(() => selectionRatio(1, 10, 5, 4)).toThrow(RangeError);
  });

  it('marks the four-fifths rule at 0.8', () => {
    expect(FOUR_FIFTHS).toBe(0.8);
  });
});

describe('referenceCategory', () => {
  it('is Nederland for herkomst and Nederlandse achtergrond for migratieachtergrond', () => {
    expect(referenceCategory('herkomst')).toBe('nederland');
    expect(referenceCategory('migratieachtergrond')).toBe('nederlands');
  });
});
