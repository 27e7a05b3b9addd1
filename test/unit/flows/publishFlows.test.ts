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

/** The same staff as other years: no stock period matches a flow period, so no link. */
const otherYears = (stocks: Dataset): Dataset => ({ ...stocks, groups: stocks.groups.map((g) => ({ ...g, key: { jaar: String(Number(g.key.jaar) - 20) } })) });

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
    // The flows alone (stocks of other years: no link): 8 European hires hidden (cell-too-small, also
    // in the instroom margin over periods, which is the same one period: primary 2); the greedy step
    // hides buiten-europa hires 25 (cheapest in the instroom group), at both levels. Streams are never
    // added up, so nothing ties hires to leavers: x = European hires in 1..9, buiten-europa 33 − x.
    const alone = publishFlows({ stocks: otherYears(stocks), flows, rules: 'standard', solver });
    expect(alone.audit).toMatchObject({ audited: true, links: 0, primary: 2, complementary: 2 });
    expect(pinned(possibleValues(alone.table, []))).toEqual([]);
    // With the stocks: hires − leavers = 96 − 100 = −4 and the leavers shown (12) give x = 8.
    expect(possibleValues(alone.table, links).get('{"periode":"2024","stroom":"instroom"}:europa')).toEqual(new Set([8]));

    const { table, audit } = publishFlows({ stocks, flows, rules: 'standard', solver });
    expect(audit).toMatchObject({ audited: true, links: 3 });
    // The nearest published cell to the pinned hires through the link: the European leavers (12) are
    // hidden; the greedy step then hides the cheapest other leavers, buiten-europa's 20, each at both
    // levels: 4 cells more. Then x in 1..9 again, with European leavers x + 4 and buiten-europa
    // hires 33 − x, leavers 28 − x.
    expect(cellOf(table, { periode: '2024', stroom: 'uitstroom' }, 'europa')).toMatchObject({ value: null, reason: 'complementary' });
    expect(cellOf(table, { periode: '2024', stroom: 'uitstroom' }, 'buiten-europa')).toMatchObject({ value: null, reason: 'complementary' });
    expect(cellOf(table, { periode: '2024', stroom: 'uitstroom' }, 'nederland')).toMatchObject({ value: 40 });
    expect(audit).toMatchObject({ primary: 2, complementary: 6 });
    const values = possibleValues(table, links);
    expect(pinned(values)).toEqual([]);
    expect(values.get('{"periode":"2024","stroom":"instroom"}:europa')).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
  });

  it('publishes per stream and per period × stream, never a sum over streams, and leaves the stock table as it is', () => {
    const { stocks, flows } = organisation(8);
    const stockTable = publish(stocks, 'standard', solver);
    const before = JSON.stringify(stockTable);
    const { table, streams } = publishFlows({ stocks, stockTable, flows, rules: 'standard', solver });
    const keys = new Set(table.cells.map((c) => JSON.stringify(c.key)));
    expect([...keys]).toEqual([
      '{"stroom":"instroom"}',
      '{"stroom":"uitstroom"}',
      '{"periode":"2024","stroom":"instroom"}',
      '{"periode":"2024","stroom":"uitstroom"}',
    ]);
    expect(new Set(table.cells.map((c) => c.category))).toEqual(new Set(['nederland', 'europa', 'buiten-europa', 'total']));
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

  it('publishes no hires as a hidden empty group, so that the stocks do not give the leavers away', () => {
    // Stocks 500 → 499 Dutch, 100 → 100, 200 → 200, all shown; one Dutch leaver and no hires. Were
    // the instroom group left out (nobody in it), hires would be a known 0 and the link would give
    // leavers = 500 − 499 = 1 however much of the uitstroom group (1 < 50: group-too-small) is hidden.
    // Published as an empty group under the minimum, the hires are hidden (0 to 49), and so the
    // leavers are 1 to 50: the audit passes.
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
    expect(cellOf(table, { periode: '2024', stroom: 'instroom' }, 'nederland')).toMatchObject({ value: null, reason: 'group-too-small' });
    expect(audit).toMatchObject({ audited: true, links: 3 });
  });
});
