import { describe, expect, it } from 'vitest';
import { flowTargets, type FlowTargetsInput } from '../../../src/core/views/analysis';
import type { FlowStream, PublishedCell, PublishedTable } from '../../../src/core';

const CATS = ['nederland', 'europa', 'buiten-europa'];
const rules = { groupMin: 10, cellMin: 5 };
const cells = (key: Record<string, string>, values: Array<number | null>): PublishedCell[] =>
  CATS.map((category, i) => ({ key, category, value: values[i]!, ...(values[i] === null ? { reason: 'complementary' as const } : {}) }));
const table = (list: PublishedCell[]): PublishedTable => ({ rules, cells: list, audit: { audited: true, primary: 0, complementary: 0 } });

const stocks = table([...cells({ jaar: '2023' }, [80, 10, 10]), ...cells({ jaar: '2024' }, [78, 11, 13])]);
const streams: FlowStream[] = [
  { label: 'instroom', kind: 'in', order: 0 },
  { label: 'uitstroom', kind: 'out', order: 0 },
];
const flows = (leaversEuropa: number | null) =>
  table([
    ...cells({ periode: '2024', stroom: 'instroom' }, [6, 2, 4]),
    ...cells({ periode: '2024', stroom: 'uitstroom' }, [8, leaversEuropa, 1]),
  ]);
const input = (over: Partial<FlowTargetsInput> = {}): FlowTargetsInput => ({
  flows: flows(1),
  streams,
  stocks,
  yearDimension: 'jaar',
  categories: CATS,
  targets: { 'buiten-europa': 0.14, nederland: 0.8 },
  targetYear: 2026,
  ...over,
});

describe('flowTargets', () => {
  it('repeats the latest observed year: hires 12% of the start stock, each origin leaving at its own rate', () => {
    const result = flowTargets(input());
    if (!result.ok) throw new Error(result.reason);
    expect(result.period).toBe('2024');
    // Start 2023: 100 people; 12 hires (6/2/4) → hireRate 0.12, mix ½, ⅙, ⅓; leavers 8/80, 1/10, 1/10 = 0.1 each.
    expect(result.rates.hireRate).toBeCloseTo(0.12, 10);
    expect(result.rates.intakeMix['buiten-europa']).toBeCloseTo(1 / 3, 10);
    // From 2024 (78/11/13, N 102): 2025 hires 12.24; buiten-europa 13·0.9 + 12.24/3 = 15.78 of 104.04 = 15.17% ≥ 14%.
    // 2026: hires 12.4848; 15.78·0.9 + 4.1616 = 18.3636 of 106.1208 = 17.30%.
    const be = result.rows.find((r) => r.category === 'buiten-europa')!;
    expect(be.reachedYear).toBe(2025);
    expect(be.shareInTargetYear).toBeCloseTo(18.3636 / 106.1208, 6);
    // Nederland: 76.47% → 73.36% → 74.9304/106.1208 = 70.61%, never 80%.
    const nl = result.rows.find((r) => r.category === 'nederland')!;
    expect(nl.reachedYear).toBeNull();
    expect(nl.shareInTargetYear).toBeCloseTo(74.9304 / 106.1208, 6);
    // No streefcijfer for europa: no row.
    expect(result.rows).toHaveLength(2);
  });

  it('says hidden, never guesses, when a count it needs is suppressed', () => {
    expect(flowTargets(input({ flows: flows(null) }))).toEqual({ ok: false, reason: 'hidden', period: '2024' });
  });

  it('says no-flows without both hires and leavers, and no-stock without the stock the period starts from', () => {
    expect(flowTargets(input({ streams: streams.slice(0, 1) }))).toEqual({ ok: false, reason: 'no-flows' });
    const onlyEnd = table(cells({ jaar: '2024' }, [78, 11, 13]));
    expect(flowTargets(input({ stocks: onlyEnd }))).toEqual({ ok: false, reason: 'no-stock', period: '2024' });
    // Both stocks exist but 2023's europa is hidden: the cause is suppression.
    const hiddenStart = table([...cells({ jaar: '2023' }, [80, null, 10]), ...cells({ jaar: '2024' }, [78, 11, 13])]);
    expect(flowTargets(input({ stocks: hiddenStart }))).toEqual({ ok: false, reason: 'hidden', period: '2024' });
  });
});
