import { describe, expect, it } from 'vitest';
import { flowsModel, flowPeriods, type FlowsModelInput } from '../../../src/core/views/flows';
import type { FlowStream } from '../../../src/core/flows';
import type { PublishedCell, PublishedTable } from '../../../src/core/privacy';

const C = ['nederland', 'europa', 'buiten-europa'];
const RULES = { groupMin: 10, cellMin: 5 };

/** Published cells of one group: the counts per origin (null = hidden, cell-too-small) and their sum as total. */
function group(key: Record<string, string>, counts: [number | null, number | null, number | null]): PublishedCell[] {
  const cells: PublishedCell[] = C.map((category, i) =>
    counts[i] === null ? { key, category, value: null, reason: 'cell-too-small' as const } : { key, category, value: counts[i]! },
  );
  const known = counts.every((v) => v !== null);
  cells.push({ key, category: 'total', value: known ? counts.reduce((s, v) => s! + v!, 0) : 999 });
  return cells;
}
const table = (cells: PublishedCell[][]): PublishedTable => ({ rules: RULES, cells: cells.flat() });
const flow = (stroom: string, counts: [number | null, number | null, number | null], periode = '2024') => group({ periode, stroom }, counts);

const streams: FlowStream[] = [
  { label: 'instroom', kind: 'in', order: 0 },
  { label: 'doorstroom A → B', kind: 'promotion', fromLevel: 'A', toLevel: 'B', order: 0 },
  { label: 'uitstroom', kind: 'out', order: 0 },
  { label: 'werving 1 sollicitanten', kind: 'funnel', stage: 'sollicitanten', order: 0 },
  { label: 'werving 2 gesprek', kind: 'funnel', stage: 'gesprek', order: 1 },
  { label: 'werving 3 aanbod', kind: 'funnel', stage: 'aanbod', order: 2 },
];

const flows = table([
  flow('instroom', [25, 15, 10]),
  flow('doorstroom A → B', [8, 1, null]),
  flow('uitstroom', [10, 5, 6]),
  flow('werving 1 sollicitanten', [100, 50, 50]),
  flow('werving 2 gesprek', [20, 10, 5]),
  flow('werving 3 aanbod', [8, null, 1]),
  flow('instroom', [1, 2, 3], '2023'),
  group({ periode: '2024' }, [1, 1, 1]),
  group({ periode: '2023' }, [1, 1, 1]),
]);
const stock = table([
  group({ jaar: '2022' }, [1, 1, 1]),
  group({ jaar: '2023' }, [120, 40, 40]),
  group({ jaar: '2024' }, [80, 60, null]),
  group({ jaar: '2023', schaal: 'A' }, [10, 6, 4]),
  group({ jaar: '2023', schaal: 'B' }, [50, 50, 50]),
]);
const input: FlowsModelInput = { flows, streams, stock, yearDimension: 'jaar', categories: C, reference: 'nederland' };

describe('flowsModel', () => {
  const model = flowsModel(input, '2024');

  it('lists the periods of the flow table', () => {
    expect(flowPeriods(flows)).toEqual(['2023', '2024']);
  });

  it('starts from the latest stock period before the flows', () => {
    expect(model.startPeriod).toBe('2023');
  });

  it('gives the funnel counts and shares per stage, hidden counts as null', () => {
    expect(model.stages.map((s) => s.stage)).toEqual(['sollicitanten', 'gesprek', 'aanbod']);
    // gesprek: 20 + 10 + 5 = 35; shares 20/35, 10/35, 5/35
    expect(model.stages[1]!.shares['buiten-europa']).toBeCloseTo(5 / 35, 12);
    expect(model.stages[2]!.counts.europa).toBeNull();
    expect(model.stages[2]!.reasons.europa).toBe('cell-too-small');
    expect(model.stages[2]!.shares.nederland).toBeNull();
  });

  it('gives pass rates with Wilson intervals, ratios and the four-fifths flag', () => {
    const step = model.funnelSteps[0]!;
    expect([step.from, step.to]).toEqual(['sollicitanten', 'gesprek']);
    const [nl, eu, be] = step.rows.map((r) => r.rate!);
    // 20/100: Wilson 95% = [0.1334, 0.2888] (p 0.2, z² 3.8415: centre 0.2111 ± 0.0777)
    expect(nl!.rate).toBe(0.2);
    expect(nl!.interval!.low).toBeCloseTo(0.13337, 4);
    expect(nl!.interval!.high).toBeCloseTo(0.28883, 4);
    // 10/50 = 0.2: ratio 1; 5/50 = 0.1: ratio 0.5 < 0.8
    expect(eu!.ratioToReference).toBeCloseTo(1, 12);
    expect(be!.ratioToReference).toBeCloseTo(0.5, 12);
    expect(be!.belowFourFifths).toBe(true);
    expect(eu!.belowFourFifths).toBe(false);
    expect(step.test?.method).toBe('chi-square');
  });

  it('marks an origin with a hidden count suppressed and leaves the step untested', () => {
    const step = model.funnelSteps[1]!;
    expect(step.rows.map((r) => r.suppressed)).toEqual([false, true, false]);
    expect(step.rows[1]!.rate).toBeNull();
    expect(step.test).toBeNull();
    // 8/20 = 0.4 and 1/5 = 0.2: ratio 0.5
    expect(step.rows[2]!.rate!.ratioToReference).toBeCloseTo(0.5, 12);
  });

  it('says where the share drops, over fully published stages', () => {
    // buiten-europa: 50/200 = 0.25 at sollicitanten, 5/35 at gesprek; aanbod has a hidden count
    expect(model.drop?.code).toBe('funnel-drop');
    expect(model.drop?.params).toEqual({ category: 'buiten-europa', previousStage: 'sollicitanten', stage: 'gesprek', fromShare: 0.25, toShare: 5 / 35 });
  });

  it('divides promotions by the stock at the level they start from', () => {
    const step = model.promotions[0]!;
    expect([step.from, step.to]).toEqual(['A', 'B']);
    const [nl, eu, be] = step.rows;
    // 8 of 10 and 1 of 6 at A in 2023: ratio (1/6)/(8/10) = 0.208333; Fisher [[1,5],[8,2]]:
    // C(16,9) = 11440 tables; as or less likely than 270 (a = 8): 270 + 10 + 120 = 400 → p = 0.034965
    expect(nl!.rate!.rate).toBe(0.8);
    expect(eu!.rate!.ratioToReference).toBeCloseTo(0.208333, 6);
    expect(eu!.rate!.pVsReference).toBeCloseTo(0.034965, 6);
    expect(be!.suppressed).toBe(true);
  });

  it('divides leavers by the average stock, suppressing origins whose stock is hidden', () => {
    const [nl, eu, be] = model.leavers!.rows;
    // nederland 10 ÷ (120 + 80)/2 = 0.1; europa 5 ÷ (40 + 60)/2 = 0.1
    expect(nl!.rate!.rate).toBeCloseTo(0.1, 12);
    expect(eu!.rate!.rate).toBeCloseTo(0.1, 12);
    expect(be!.suppressed).toBe(true);
    expect(model.leavers!.referenceRate).toBeCloseTo(0.1, 12);
  });

  it('sets the hires mix beside the stock at the start', () => {
    // hires 25, 15, 10 of 50: 0.5, 0.3, 0.2; stock 2023: 120, 40, 40 of 200: 0.6, 0.2, 0.2
    expect(model.intake.map((r) => r.hireShare)).toEqual([0.5, 0.3, 0.2]);
    expect(model.intake.map((r) => r.stockShare)).toEqual([0.6, 0.2, 0.2]);
    const pp = model.intake.map((r) => r.vsStockPp!);
    expect(pp[0]).toBeCloseTo(-10, 9);
    expect(pp[1]).toBeCloseTo(10, 9);
    expect(pp[2]).toBeCloseTo(0, 9);
  });

  it('sets the hires mix beside the benchmark and tests it', () => {
    const withBenchmark = flowsModel({ ...input, benchmarkShares: { nederland: 0.7, europa: 0.2, 'buiten-europa': 0.1 } }, '2024');
    // hires 0.5, 0.3, 0.2 against 0.7, 0.2, 0.1: −20, +10, +10 pp
    const pp = withBenchmark.intake.map((r) => r.vsBenchmarkPp!);
    expect(pp[0]).toBeCloseTo(-20, 9);
    expect(pp[1]).toBeCloseTo(10, 9);
    expect(pp[2]).toBeCloseTo(10, 9);
    // Pearson: expected 35, 10, 5 for 50 hires; (25−35)²/35 + (15−10)²/10 + (10−5)²/5
    // = 2.857143 + 2.5 + 5 = 10.357143, df 2: p = exp(−10.357143/2) = 0.005636 (scipy.stats.chisquare)
    const test = withBenchmark.intakeTest!;
    expect(test.method).toBe('goodness-of-fit');
    if (test.method === 'goodness-of-fit') {
      expect(test.statistic).toBeCloseTo(10.357143, 5);
      expect(test.df).toBe(2);
      expect(test.p).toBeCloseTo(0.005636, 6);
    }
    // Without a benchmark: no shares to compare, and the test says why.
    expect(model.intake.every((r) => r.benchmarkShare === null && r.vsBenchmarkPp === null)).toBe(true);
    expect(model.intakeTest).toEqual({ method: 'none', reason: 'no-benchmark' });
  });

  it('does not test the intake when a hire count is hidden', () => {
    const hidden = table([flow('instroom', [25, null, 10]), group({ periode: '2024' }, [1, 1, 1])]);
    const m = flowsModel({ ...input, flows: hidden, benchmarkShares: { nederland: 0.7, europa: 0.2, 'buiten-europa': 0.1 } }, '2024');
    expect(m.intakeTest).toBeNull();
    expect(m.intake[0]!.vsBenchmarkPp).toBeNull();
  });

  it('has no leaver rates or stock shares without a stock table', () => {
    const bare = flowsModel({ ...input, stock: null }, '2024');
    expect(bare.leavers).toBeNull();
    expect(bare.startPeriod).toBeNull();
    expect(bare.intake[0]!.stockShare).toBeNull();
    expect(bare.promotions[0]!.rows.every((r) => r.suppressed)).toBe(true);
  });
});
