import { describe, expect, it } from 'vitest';
import { DEMO_FUNNEL_STAGES, DEMO_YEARS, demoDataset, demoFlows, demoStocks } from '../../../src/core/demo';
import { checkStockFlow, findFunnelDrops, promotionRates, leaverRates } from '../../../src/core/flows';
import { intakeMix, observedFlowRates, projectWithFlows } from '../../../src/core';
import type { FlowCount, StockCount } from '../../../src/core/flows';
import type { OriginCounts } from '../../../src/core/flows';

const H = ['nederland', 'europa', 'buiten-europa'];

/** Everything summed to the organisation (group ''). */
function toOrganisation<T extends { group: string }>(rows: readonly T[]): T[] {
  return rows.map((r) => ({ ...r, group: '' }));
}
function orgStocks(): StockCount[] {
  const byPeriod = new Map<string, StockCount>();
  for (const s of demoStocks()) {
    const o = byPeriod.get(s.period) ?? { period: s.period, group: '', counts: {} };
    for (const c of H) o.counts[c] = (o.counts[c] ?? 0) + (s.counts[c] ?? 0);
    byPeriod.set(s.period, o);
  }
  return [...byPeriod.values()];
}
function sumBy(flows: readonly FlowCount[], keep: (f: FlowCount) => boolean): OriginCounts {
  const out: Record<string, number> = {};
  for (const f of flows) if (keep(f)) out[f.category] = (out[f.category] ?? 0) + f.count;
  return out;
}

describe('demoFlows', () => {
  const flows = demoFlows();

  it('is deterministic and covers 2022–2024 for every unit and origin', () => {
    expect(demoFlows()).toEqual(flows);
    // 5 units × 3 years × 3 origins × (in + out + 3 promotion steps + 4 funnel stages) = 45 × 9
    expect(flows).toHaveLength(405);
    expect(new Set(flows.map((f) => f.period))).toEqual(new Set(['2022', '2023', '2024']));
    expect(flows.every((f) => Number.isInteger(f.count) && f.count >= 0)).toBe(true);
  });

  it('leaves the demo stocks as they are: the unit stocks sum the dataset', () => {
    const total = demoDataset().groups.filter((g) => g.key.jaar === '2024').reduce((n, g) => n + g.total, 0);
    const stocks = demoStocks().filter((s) => s.period === '2024');
    expect(stocks.reduce((n, s) => n + H.reduce((m, c) => m + (s.counts[c] ?? 0), 0), 0)).toBe(total);
  });

  it('agrees with the stocks per unit and for the organisation: checkStockFlow finds nothing', () => {
    expect(checkStockFlow(demoStocks(), flows, DEMO_YEARS, H)).toEqual([]);
    expect(checkStockFlow(orgStocks(), toOrganisation(flows), DEMO_YEARS, H)).toEqual([]);
  });

  it('has the hires as the last funnel stage, and no stage smaller than the next', () => {
    for (const f of flows.filter((x) => x.kind === 'in')) {
      const stage = (name: string) => flows.find((x) => x.kind === 'funnel' && x.stage === name && x.period === f.period && x.group === f.group && x.category === f.category)!.count;
      expect(stage('aangenomen')).toBe(f.count);
      for (let i = 1; i < DEMO_FUNNEL_STAGES.length; i++) {
        expect(stage(DEMO_FUNNEL_STAGES[i - 1]!)).toBeGreaterThanOrEqual(stage(DEMO_FUNNEL_STAGES[i]!));
      }
    }
  });

  it('tells its story: Buiten Europa falls out of the funnel most between gesprek and aanbod', () => {
    for (const period of ['2022', '2023', '2024']) {
      const byStage = Object.fromEntries(
        DEMO_FUNNEL_STAGES.map((s) => [s, sumBy(flows, (f) => f.period === period && f.kind === 'funnel' && f.stage === s)]),
      );
      const drops = findFunnelDrops(DEMO_FUNNEL_STAGES, byStage, H);
      expect(drops[0]!.params).toMatchObject({ category: 'buiten-europa', previousStage: 'gesprek', stage: 'aanbod' });
    }
  });

  it('tells its story: Buiten Europa is promoted less and leaves more than Nederland', () => {
    const start = orgStocks().find((s) => s.period === '2023')!.counts as OriginCounts;
    const end = orgStocks().find((s) => s.period === '2024')!.counts as OriginCounts;
    const in2024 = (kind: FlowCount['kind']) => sumBy(flows, (f) => f.period === '2024' && f.kind === kind);
    const promoted = promotionRates(in2024('promotion'), start, H, 'nederland').rates;
    expect(promoted[2]!.rate!).toBeLessThan(promoted[0]!.rate!);
    expect(promoted[2]!.belowFourFifths).toBe(true);
    const left = leaverRates(in2024('out'), start, end, H, 'nederland').rates;
    expect(left[2]!.rate!).toBeGreaterThan(left[0]!.rate!);
  });

  it('tells its story: hiring raises the share of Buiten Europa, and keeps raising it', () => {
    const org = toOrganisation(flows);
    const mix = intakeMix(org, orgStocks(), { nederland: 0.7, europa: 0.1, 'buiten-europa': 0.2 }, '2024', { categories: H });
    const be = mix.rows[2]!;
    expect(be.hireShare!).toBeGreaterThan(be.stockShare!);
    const observed = observedFlowRates(org, orgStocks(), '2024', { categories: H });
    if (!observed.ok) throw new Error('expected rates');
    const { years } = projectWithFlows({ rates: observed.rates, category: 'buiten-europa', targetShare: 0.3, fromYear: 2024, untilYear: 2030 });
    // the 2024 stock is the demo's own: 463 of 1215 + 166 + 463 = 1844
    expect(years[0]!.share).toBeCloseTo(463 / 1844, 12);
    for (let i = 1; i < years.length; i++) expect(years[i]!.share!).toBeGreaterThan(years[i - 1]!.share!);
  });
});
