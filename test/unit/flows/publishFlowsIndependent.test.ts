import { describe, expect, it } from 'vitest';
import { DEMO_FUNNEL_STAGES, demoDataset, demoFlows } from '../../../src/core/demo';
import { flowDataset } from '../../../src/core/flows/flowDataset';
import { publishFlows } from '../../../src/core/flows/publishFlows';
import { publish } from '../../../src/core/privacy/publish';
import type { Dataset } from '../../../src/core/types';
import { solver } from '../privacy/highs';
import { pinnedWithLinks, type Link } from './independentLinks';

// A corner of the demo: two units, 2023 and 2024, with their flows of 2024 (demoFlows makes
// hires − leavers each unit's change of stock, so every link holds).
const UNITS = ['Bedrijfsvoering', 'Bestuursstaf'];
const stocks: Dataset = { ...demoDataset(), groups: demoDataset().groups.filter((g) => UNITS.includes(g.key.afdeling!) && g.key.jaar! >= '2023') };
const flows = demoFlows().filter((f) => UNITS.includes(f.group) && f.period === '2024');

// The links an attacker holding both tables writes down: flows are published for the whole
// organisation (flowDataset sums the units), so the organisation × 3 origins.
function links(): Link[] {
  return ['nederland', 'europa', 'buiten-europa'].map((category) => {
    const flow = (stroom: string): Record<string, string> => ({ periode: '2024', stroom });
    return { now: { jaar: '2024' }, before: { jaar: '2023' }, hires: flow('instroom'), leavers: flow('uitstroom'), category };
  });
}

/** One organisation, no units: 500 / 100 / 200 staff in 2023, `now` (Nederland, Europa, Buiten Europa) in 2024. */
function organisation(now: [number, number, number]): Dataset {
  const [nederland, europa, buitenEuropa] = now;
  return {
    scheme: 'herkomst',
    dimensions: ['jaar'],
    groups: [
      { key: { jaar: '2023' }, total: 800, counts: { nederland: 500, europa: 100, 'buiten-europa': 200 } },
      { key: { jaar: '2024' }, total: nederland + europa + buitenEuropa, counts: { nederland, europa, 'buiten-europa': buitenEuropa } },
    ],
  };
}

describe('publishFlows checked independently', () => {
  for (const preset of ['internal', 'standard'] as const) {
    it(`leaves no hidden cell of either table pinned given both tables and the links ('${preset}')`, () => {
      const stockTable = publish(stocks, preset, solver);
      const { table, audit } = publishFlows({ stocks, stockTable, flows, stages: DEMO_FUNNEL_STAGES, rules: preset, solver });
      expect(audit).toMatchObject({ audited: true, links: 3 });
      expect(pinnedWithLinks(stockTable, table, links())).toEqual([]);
    }, 60_000);
  }

  it('finds the pin publishFlows removes: 8 European hires from the stocks and publish() of the flows alone', () => {
    // The case of publishFlows.test.ts: stocks 100 → 96 Europeans shown, leavers 12 hidden, hires
    // + leavers = 20 shown: hires − leavers = −4 pins the hires at 8 (and the leavers at 12).
    const org = organisation([520, 96, 205]);
    const counts = { in: [60, 8, 25], out: [40, 12, 20] } as const;
    const orgFlows = (['in', 'out'] as const).flatMap((kind) =>
      (['nederland', 'europa', 'buiten-europa'] as const).map((category, i) => ({ kind, period: '2024', group: '', category, count: counts[kind][i]! })),
    );
    const stockTable = publish(org, 'standard', solver);
    const alone = publish(flowDataset(orgFlows, 'herkomst').dataset, 'standard', solver);
    expect(pinnedWithLinks(stockTable, alone, links())).toContain('flow {"periode":"2024","stroom":"instroom"}:europa in [8, 8]');
    const { table } = publishFlows({ stocks: org, stockTable, flows: orgFlows, rules: 'standard', solver });
    expect(pinnedWithLinks(stockTable, table, links())).toEqual([]);
  });

  it('protects hires in a year nobody left: the empty leavers group is published hidden, not left out', () => {
    // 2023 → 2024: 500 → 560 Nederland, 100 → 103 Europa, 200 → 225 Buiten Europa; hires 60, 3, 25
    // and no leavers at all. Left out, the missing 'uitstroom' would say 0 leavers, and then the stock
    // change gives the 3 hidden European hires away (103 − 100 − 0 = 3) whatever else is hidden.
    const org = organisation([560, 103, 225]);
    const hires = [60, 3, 25];
    const orgFlows = (['nederland', 'europa', 'buiten-europa'] as const).map((category, i) => ({ kind: 'in' as const, period: '2024', group: '', category, count: hires[i]! }));
    for (const preset of ['internal', 'standard', 'cbs'] as const) {
      const stockTable = publish(org, preset, solver);
      const { table, audit } = publishFlows({ stocks: org, stockTable, flows: orgFlows, rules: preset, solver });
      expect([preset, audit.audited]).toEqual([preset, true]);
      // The leavers' group is there, hidden as too small (0 people, under every preset's minimum).
      expect(table.cells.find((c) => c.key.stroom === 'uitstroom' && c.key.periode === '2024' && c.category === 'total')).toMatchObject({ value: null, reason: 'group-too-small' });
      expect(pinnedWithLinks(stockTable, table, links())).toEqual([]);
    }
  });
});
