import { describe, expect, it } from 'vitest';
import { findFunnelDrops } from '../../../src/core/flows/findFunnelDrops';
import { BY_STAGE, STAGES } from './funnelFixture';

const H = ['nederland', 'europa', 'buiten-europa'];
// Shares per stage (by hand):
//   sollicitanten 200/50/150 of 400 = 0.5   / 0.125 / 0.375
//   gesprek        60/15/25  of 100 = 0.6   / 0.15  / 0.25
//   aanbod         20/5/6    of 31  = 0.645 / 0.161 / 0.194
//   aangenomen     18/4/5    of 27  = 0.667 / 0.148 / 0.185
// Buiten Europa falls most into gesprek (0.375 → 0.25, −0.125); Europa only into aangenomen
// (5/31 → 4/27, −0.0133); Nederland never falls.

describe('findFunnelDrops', () => {
  it('gives each origin its largest fall in share, largest first, as code + params', () => {
    expect(findFunnelDrops(STAGES, BY_STAGE, H)).toEqual([
      {
        severity: 'info',
        code: 'funnel-drop',
        params: { category: 'buiten-europa', previousStage: 'sollicitanten', stage: 'gesprek', fromShare: 0.375, toShare: 0.25 },
      },
      {
        severity: 'info',
        code: 'funnel-drop',
        params: { category: 'europa', previousStage: 'aanbod', stage: 'aangenomen', fromShare: 5 / 31, toShare: 4 / 27 },
      },
    ]);
  });

  it('respects the given order of stages, whatever their names', () => {
    // Reversed, Nederland falls 0.667 → 0.645 → 0.6 → 0.5; most from gesprek to sollicitanten (−0.1)
    const reversed = findFunnelDrops([...STAGES].reverse(), BY_STAGE, H);
    const nl = reversed.find((d) => d.params.category === 'nederland')!;
    expect(nl.params).toEqual({ category: 'nederland', previousStage: 'gesprek', stage: 'sollicitanten', fromShare: 0.6, toShare: 0.5 });
  });

  it('skips steps into or out of an empty stage, and a missing stage is empty', () => {
    // b is missing: the steps a→b and b→c are skipped, though Europa falls from 0.5 (a) to 0.1 (c)
    expect(findFunnelDrops(['a', 'b', 'c'], { a: { nederland: 5, europa: 5 }, c: { nederland: 9, europa: 1 } }, H)).toEqual([]);
  });

  it('equal drops keep category order', () => {
    // a 2/2/4 of 8 = 0.25/0.25/0.5; b 1/1/6 of 8 = 0.125/0.125/0.75: Nederland and Europa both −0.125
    const d = findFunnelDrops(['a', 'b'], { a: { nederland: 2, europa: 2, 'buiten-europa': 4 }, b: { nederland: 1, europa: 1, 'buiten-europa': 6 } }, H);
    expect(d.map((x) => x.params.category)).toEqual(['nederland', 'europa']);
  });
});
