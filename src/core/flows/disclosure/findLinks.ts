import type { CellTable } from '../../privacy/buildCells';
import { checkStockFlow } from '../checkStockFlow';
import { FLOW_DIMENSIONS } from '../flowDataset';
import type { FlowCount, StockCount } from '../types';

/**
 * One link between the two tables for a group (or the whole organisation), a period and an origin:
 * stock(t) − stock(t − 1) − in(t) + out(t) = 0. Cell ids: `now`, `before` in the stock table, `hires`,
 * `leavers` in the flow table, −1 when the flow table has no such cell (no flow: a known 0).
 */
export interface StockFlowLink {
  now: number;
  before: number;
  hires: number;
  leavers: number;
}

/** Which stock dimensions the flows' periods and groups are labels of (found when not given). */
export interface LinkDimensions {
  period?: string;
  group?: string;
}

const periodOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * The links an attacker holding both published tables can use: for each pair of consecutive stock
 * periods, the whole organisation and every group that both tables have, per origin, where the
 * data satisfy it (checkStockFlow on the rounded counts both tables publish). A link that does not
 * hold tells nothing exact, so it is left out. `dimensions` defaults to the stock dimension holding
 * most of the flows' periods, and another holding most of their group labels (none: no group links);
 * `group` is that stock dimension's index, or −1.
 */
export function findLinks(stock: CellTable, flow: CellTable, dimensions: LinkDimensions = {}): { links: StockFlowLink[]; group: number } {
  const flowDims = flow.finest.dimensions;
  const fPeriod = flowDims.indexOf(FLOW_DIMENSIONS.period);
  const fStream = flowDims.indexOf(FLOW_DIMENSIONS.stream);
  const fGroup = flowDims.indexOf(FLOW_DIMENSIONS.group);
  const labelsOf = (table: CellTable, d: number) => new Set(table.finest.labels.map((l) => l[d]!));
  const stockDims = stock.finest.dimensions;
  const pick = (given: string | undefined, wanted: Set<string>, skip: number) => {
    if (given !== undefined) return stockDims.indexOf(given);
    let best = -1;
    let most = 0;
    stockDims.forEach((_, d) => {
      const n = d === skip ? 0 : [...labelsOf(stock, d)].filter((l) => wanted.has(l)).length;
      if (n > most) [best, most] = [d, n];
    });
    return best;
  };
  if (fPeriod < 0 || fStream < 0) return { links: [], group: -1 };
  const sPeriod = pick(dimensions.period, labelsOf(flow, fPeriod), -1);
  if (sPeriod < 0) return { links: [], group: -1 };
  const sGroup = fGroup < 0 ? -1 : pick(dimensions.group, labelsOf(flow, fGroup), sPeriod);
  const C = stock.finest.categories.length;
  const stockAt = cellsOf(stock, sGroup < 0 ? [sPeriod] : [sPeriod, sGroup], sGroup < 0 ? [sPeriod, -1] : [sPeriod, sGroup]);
  if (sGroup >= 0) for (const [k, cell] of cellsOf(stock, [sPeriod], [sPeriod, -1])) stockAt.set(k, cell);
  const flowAt = cellsOf(flow, fGroup < 0 ? [fPeriod, fStream] : [fPeriod, fStream, fGroup], [fPeriod, fGroup, fStream]);
  if (fGroup >= 0) for (const [k, cell] of cellsOf(flow, [fPeriod, fStream], [fPeriod, -1, fStream])) flowAt.set(k, cell);
  const categories = stock.finest.categories;
  const periods = [...labelsOf(stock, sPeriod)].sort(periodOrder);
  // Both tables' own (rounded) values, so that a link holds exactly where the published cells say so.
  const stocks: StockCount[] = [];
  const flows: FlowCount[] = [];
  const groups = new Set<string>();
  for (const [key, cell] of stockAt) {
    const [period, group] = JSON.parse(key) as [string, string];
    groups.add(group);
    stocks.push({ period, group, counts: Object.fromEntries(categories.map((c, k) => [c, stock.values[cell + k]!])) });
  }
  for (const [key, cell] of flowAt) {
    const [period, group, stream] = JSON.parse(key) as [string, string, string];
    const kind = stream === 'instroom' ? 'in' : stream === 'uitstroom' ? 'out' : undefined;
    if (kind) categories.forEach((category, k) => flows.push({ period, group, category, kind, count: flow.values[cell + k]! }));
  }
  const broken = new Set(checkStockFlow(stocks, flows, periods, categories).map(({ params: p }) => JSON.stringify([p.period, p.group, p.category])));
  const links: StockFlowLink[] = [];
  for (let i = 1; i < periods.length; i++) {
    for (const group of groups) {
      const now = stockAt.get(JSON.stringify([periods[i], group]));
      const before = stockAt.get(JSON.stringify([periods[i - 1], group]));
      const hires = flowAt.get(JSON.stringify([periods[i], group, 'instroom'])) ?? -1;
      const leavers = flowAt.get(JSON.stringify([periods[i], group, 'uitstroom'])) ?? -1;
      if (now === undefined || before === undefined || (hires < 0 && leavers < 0)) continue;
      for (let k = 0; k < C; k++) {
        if (broken.has(JSON.stringify([periods[i], group, categories[k]]))) continue;
        links.push({ now: now + k, before: before + k, hires: hires < 0 ? -1 : hires + k, leavers: leavers < 0 ? -1 : leavers + k });
      }
    }
  }
  return { links, group: sGroup };
}

/**
 * The first cell of every group of the subset with dimensions `dims`, keyed by the labels of
 * `order` as JSON (−1 in `order`: '', the whole organisation).
 */
function cellsOf(table: CellTable, dims: number[], order: number[]): Map<string, number> {
  const sorted = [...dims].sort((a, b) => a - b);
  const s = table.subsets.findIndex((x) => x.length === sorted.length && x.every((d, i) => d === sorted[i]));
  const out = new Map<string, number>();
  if (s < 0) return out;
  const width = table.finest.categories.length + 1;
  table.groups[s]!.forEach((labels, g) => {
    const key = order.map((d) => (d < 0 ? '' : labels[sorted.indexOf(d)]!));
    out.set(JSON.stringify(key), table.base[s]! + g * width);
  });
  return out;
}
