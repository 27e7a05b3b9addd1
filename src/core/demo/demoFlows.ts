import type { FlowCount, StockCount } from '../flows/types';
import { DEMO_LEVEL_ORDER, DEMO_YEARS, demoDataset } from './demoDataset';

/**
 * The demo organisation's flows (issue #18), derived from its stocks by a fixed formula, so they
 * are deterministic and agree with the stocks: per unit and origin, hires − leavers is exactly the
 * change in the unit's stock (summed over salary scales), so stock(t) = stock(t − 1) + in − out
 * holds per unit and so for the organisation. It does not hold per salary scale: hires are not
 * placed on a scale, and the demo's scale stocks come from their own formula.
 *
 * The story: people of non-European origin leave more often, are promoted less often, and fall
 * out of recruitment mostly between interview and offer; people of European origin sit between.
 */
const ORIGINS = ['nederland', 'europa', 'buiten-europa'] as const;
type Origin = (typeof ORIGINS)[number];

/** Leavers per year ÷ average stock of the unit. */
const LEAVER_RATE: Record<Origin, number> = { nederland: 0.08, europa: 0.1, 'buiten-europa': 0.13 };
/** Promotions to the next scale band per year ÷ stock in the lower band at the start of the year. */
const PROMOTION_RATE: Record<Origin, number> = { nederland: 0.07, europa: 0.06, 'buiten-europa': 0.035 };

export const DEMO_FUNNEL_STAGES = ['sollicitanten', 'gesprek', 'aanbod', 'aangenomen'];
/** Pass rate into each stage after the first, from the stage before it. */
const PASS_RATE: Record<Origin, [number, number, number]> = {
  nederland: [0.25, 0.4, 0.9],
  europa: [0.23, 0.33, 0.88],
  'buiten-europa': [0.22, 0.2, 0.85],
};

/** The demo's stocks per unit (summed over salary scales) and year, as the flows see them. */
export function demoStocks(): StockCount[] {
  const byKey = new Map<string, StockCount>();
  for (const g of demoDataset().groups) {
    const key = `${g.key.jaar}\u0000${g.key.afdeling}`;
    let stock = byKey.get(key);
    if (!stock) byKey.set(key, (stock = { period: g.key.jaar!, group: g.key.afdeling!, counts: {} }));
    for (const c of ORIGINS) stock.counts[c] = (stock.counts[c] ?? 0) + (g.counts[c] ?? 0);
  }
  return [...byKey.values()];
}

/** Stock of one unit, scale band and origin in a year. */
function levelStock(year: string, unit: string, level: string, origin: Origin): number {
  const g = demoDataset().groups.find((x) => x.key.jaar === year && x.key.afdeling === unit && x.key.schaal === level);
  return g?.counts[origin] ?? 0;
}

/** Hires, leavers, promotions per scale step and the funnel, per unit, year 2022–2024 and origin. */
export function demoFlows(): FlowCount[] {
  const stocks = new Map(demoStocks().map((s) => [`${s.period}\u0000${s.group}`, s.counts]));
  const units = [...new Set(demoStocks().map((s) => s.group))];
  const flows: FlowCount[] = [];
  for (let y = 1; y < DEMO_YEARS.length; y++) {
    const before = DEMO_YEARS[y - 1]!;
    const period = DEMO_YEARS[y]!;
    for (const group of units) {
      const start = stocks.get(`${before}\u0000${group}`)!;
      const end = stocks.get(`${period}\u0000${group}`)!;
      for (const category of ORIGINS) {
        const s0 = start[category] ?? 0;
        const net = (end[category] ?? 0) - s0;
        // Leavers at the origin's rate, but never fewer than a shrinking stock needs.
        const out = Math.max(Math.round((LEAVER_RATE[category] * (s0 + s0 + net)) / 2), -net);
        const hires = out + net;
        const base = { period, group, category };
        flows.push({ ...base, kind: 'in', count: hires }, { ...base, kind: 'out', count: out });
        for (let l = 1; l < DEMO_LEVEL_ORDER.length; l++) {
          const fromLevel = DEMO_LEVEL_ORDER[l - 1]!;
          const count = Math.round(PROMOTION_RATE[category] * levelStock(before, group, fromLevel, category));
          flows.push({ ...base, kind: 'promotion', fromLevel, toLevel: DEMO_LEVEL_ORDER[l]!, count });
        }
        flows.push(...funnel(base, hires, PASS_RATE[category]));
      }
    }
  }
  return flows;
}

// Worked back from the hires: each earlier stage is the next one ÷ its pass rate, rounded (never
// below the next stage, as round(n ÷ rate) ≥ n for a rate ≤ 1), so 'aangenomen' equals the hires.
function funnel(base: { period: string; group: string; category: string }, hires: number, rates: [number, number, number]): FlowCount[] {
  const counts = [hires];
  for (let i = rates.length - 1; i >= 0; i--) counts.unshift(Math.round(counts[0]! / rates[i]!));
  return DEMO_FUNNEL_STAGES.map((stage, i) => ({ ...base, kind: 'funnel' as const, stage, count: counts[i]! }));
}
