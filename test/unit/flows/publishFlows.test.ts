import { describe, expect, it } from 'vitest';
import { flowDataset } from '../../../src/core/flows/flowDataset';
import { publishFlows } from '../../../src/core/flows/publishFlows';
import type { FlowCount } from '../../../src/core/flows/types';
import { publish } from '../../../src/core/privacy/publish';
import type { Dataset } from '../../../src/core/types';
import { solver } from '../privacy/highs';
import { possibleValues, type KnownChange } from './bruteForceFlows';

// One organisation, two years, no units: every stock cell is large, so 'standard' shows them all.
// europa: 100 → 100 + hires − 12 leavers; nederland 500 + 60 − 40 = 520; buiten-europa 200 + 25 − 20 = 205.
function organisation(hiresEuropa: number): { stocks: Dataset; flows: FlowCount[]; links: KnownChange[] } {
  const europa2024 = 100 + hiresEuropa - 12;
  const stocks: Dataset = {
    scheme: 'herkomst',
    dimensions: ['jaar'],
    groups: [
      { key: { jaar: '2023' }, total: 800, counts: { nederland: 500, europa: 100, 'buiten-europa': 200 } },
      { key: { jaar: '2024' }, total: 725 + europa2024, counts: { nederland: 520, europa: europa2024, 'buiten-europa': 205 } },
    ],
  };
  const flow = (kind: 'in' | 'out', category: string, count: number): FlowCount => ({ kind, period: '2024', group: '', category, count });
  const flows = [
    flow('in', 'nederland', 60),
    flow('in', 'europa', hiresEuropa),
    flow('in', 'buiten-europa', 25),
    flow('out', 'nederland', 40),
    flow('out', 'europa', 12),
    flow('out', 'buiten-europa', 20),
  ];
  // What the published stock table tells: in − out = stock(2024) − stock(2023) per origin.
  const links = [
    { match: { periode: '2024' }, category: 'nederland', change: 20 },
    { match: { periode: '2024' }, category: 'europa', change: hiresEuropa - 12 },
    { match: { periode: '2024' }, category: 'buiten-europa', change: 5 },
  ];
  return { stocks, flows, links };
}

const cellOf = (table: { cells: Array<{ key: Record<string, string>; category: string }> }, key: Record<string, string>, category: string) =>
  table.cells.find((c) => c.category === category && JSON.stringify(c.key) === JSON.stringify(key));

const pinned = (values: Map<string, Set<number>>) => [...values].filter(([, v]) => v.size < 2).map(([name]) => name);

describe('publishFlows', () => {
  it('hides a small flow: 3 hires of one origin under standard are cell-too-small', () => {
    const { stocks, flows } = organisation(3);
    const { table, audit } = publishFlows({ stocks, flows, rules: 'standard', solver });
    expect(cellOf(table, { periode: '2024', stroom: 'instroom' }, 'europa')).toMatchObject({ value: null, reason: 'cell-too-small' });
    expect(audit.audited).toBe(true);
  });

  it('hides more where the stock table would give a hidden flow away through the link', () => {
    const { stocks, flows, links } = organisation(8);
    // publish() alone: 8 European hires hidden (cell-too-small, also in the instroom margin, which is
    // the same one period: primary 2); the greedy step hides buiten-europa
    // hires 25 (cheapest in the instroom group), then per origin over the year (europa 20 = 8 + 12,
    // buiten-europa 45 = 25 + 20) the leavers 12 and 20. Alone that is safe: x = European hires in
    // 1..9, buiten-europa hires 33 − x, European leavers 20 − x, buiten-europa leavers 12 + x.
    const alone = publish(flowDataset(flows, 'herkomst').dataset, 'standard', solver);
    expect(alone.audit?.audited).toBe(true);
    expect(pinned(possibleValues(alone, []))).toEqual([]);
    // With the stocks: hires − leavers = 96 − 100 = −4 and hires + leavers = 20 give 2x = 16: x = 8.
    expect(possibleValues(alone, links).get('{"periode":"2024","stroom":"instroom"}:europa')).toEqual(new Set([8]));

    const { table, audit } = publishFlows({ stocks, flows, rules: 'standard', solver });
    expect(audit).toMatchObject({ audited: true, links: 3 });
    // The nearest published cell to the pinned hires: europa in 2024 over both streams (20, cheaper
    // than the instroom total 93 or Dutch hires 60) is hidden; then x in 1..9 again, as above with
    // European leavers x + 4 and buiten-europa leavers 28 − x.
    // The greedy step then hides europa over everything (= 2024's), and buiten-europa in 2024 (45,
    // cheapest left in 2024's group: 100, 165) and over everything: 4 cells more than publish()'s 6
    // (buiten-europa hires, both leavers, and the same three in the per-stream margins).
    expect(cellOf(table, { periode: '2024' }, 'europa')).toMatchObject({ value: null, reason: 'complementary' });
    expect(cellOf(table, { periode: '2024' }, 'buiten-europa')).toMatchObject({ value: null, reason: 'complementary' });
    expect(cellOf(table, { periode: '2024' }, 'nederland')).toMatchObject({ value: 100 });
    expect(alone.audit).toMatchObject({ primary: 2, complementary: 6 });
    expect(audit).toMatchObject({ primary: 2, complementary: 10 });
    const values = possibleValues(table, links);
    expect(pinned(values)).toEqual([]);
    expect(values.get('{"periode":"2024","stroom":"instroom"}:europa')).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
  });

  it('keeps the output shape of publish() and leaves the stock table as it is', () => {
    const { stocks, flows } = organisation(8);
    const stockTable = publish(stocks, 'standard', solver);
    const before = JSON.stringify(stockTable);
    const { table, streams } = publishFlows({ stocks, stockTable, flows, rules: 'standard', solver });
    const alone = publish(flowDataset(flows, 'herkomst').dataset, 'standard', solver);
    expect(table.cells.map((c) => [c.key, c.category])).toEqual(alone.cells.map((c) => [c.key, c.category]));
    expect(streams.map((s) => s.label)).toEqual(['instroom', 'uitstroom']);
    // flowDataset's output in place of the counts: the same table.
    expect(publishFlows({ stocks, stockTable, flows: flowDataset(flows, 'herkomst'), rules: 'standard', solver }).table).toEqual(table);
    expect(JSON.stringify(stockTable)).toBe(before);
  });

  it('leaves out a link the data do not satisfy: it tells nothing exact', () => {
    const { stocks, flows } = organisation(8);
    // One European leaver fewer than the stocks say: europa's link no longer holds; the other two do.
    const off = flows.map((f) => (f.kind === 'out' && f.category === 'europa' ? { ...f, count: 11 } : f));
    expect(publishFlows({ stocks, flows: off, rules: 'standard', solver }).audit.links).toBe(2);
  });

  it('reports audited: false where no flow cell can help: no hires listed and the stocks shown give the leavers away', () => {
    // Stocks 500 → 499 Dutch, 100 → 100, 200 → 200, all shown; one Dutch leaver and no hires. The
    // flow table has no instroom group (nobody in it), so hires are a known 0, and the link gives
    // leavers = 500 − 499 = 1 however much of the uitstroom group (1 < 50: group-too-small) is hidden.
    const stocks: Dataset = {
      scheme: 'herkomst',
      dimensions: ['jaar'],
      groups: [
        { key: { jaar: '2023' }, total: 800, counts: { nederland: 500, europa: 100, 'buiten-europa': 200 } },
        { key: { jaar: '2024' }, total: 799, counts: { nederland: 499, europa: 100, 'buiten-europa': 200 } },
      ],
    };
    const flows: FlowCount[] = [{ kind: 'out', period: '2024', group: '', category: 'nederland', count: 1 }];
    const { table, audit } = publishFlows({ stocks, flows, rules: 'standard', solver });
    expect(cellOf(table, { periode: '2024', stroom: 'uitstroom' }, 'nederland')).toMatchObject({ value: null, reason: 'group-too-small' });
    expect(audit).toMatchObject({ audited: false, links: 3 });
  });
});
