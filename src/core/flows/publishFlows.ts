import type { Dataset } from '../types';
import type { LpSolver } from '../privacy/audit/lpSolver';
import { buildCells, type CellTable } from '../privacy/buildCells';
import { normaliseGroups } from '../privacy/normaliseGroups';
import { publishWithStats, toPublishedCells } from '../privacy/publish';
import type { PublishProgress } from '../privacy/repairPinned';
import { normaliseRules, type DisclosureRules, type PresetId } from '../privacy/rules';
import { REASONS, suppressPrimary } from '../privacy/suppressPrimary';
import type { PublishAudit, PublishedTable } from '../privacy/types';
import { findLinks, type LinkDimensions } from './disclosure/findLinks';
import { repairLinks } from './disclosure/repairLinks';
import { FLOW_DIMENSIONS, flowDataset, type FlowDataset, type FlowStream } from './flowDataset';
import type { FlowCount } from './types';

export interface PublishFlowsInput {
  /** The stock dataset the flows run between. */
  stocks: Dataset;
  /** publish()'s table of `stocks` under the same rules, when the caller has it (else it is computed). */
  stockTable?: PublishedTable;
  /** The flows, or flowDataset()'s output for them. */
  flows: readonly FlowCount[] | FlowDataset;
  /** Funnel stages in order (flowDataset's `stages`); ignored when `flows` is a FlowDataset. */
  stages?: readonly string[];
  rules: DisclosureRules | PresetId;
  solver: LpSolver;
  /** Which stock dimensions hold the flows' periods and groups; found from the labels when not given. */
  dimensions?: LinkDimensions;
  onProgress?: (progress: PublishProgress) => void;
}

export interface PublishedFlows {
  /** The flow table as publish() shapes it: cells keyed by periode / stroom / groep as flowDataset labels them. */
  table: PublishedTable;
  streams: FlowStream[];
  /** The flow table's audit (as table.audit), counting link equations audited: those the data satisfy. */
  audit: PublishAudit & { links: number };
}

/**
 * Flows through disclosure control (issue #18): flowDataset's table under the same rules as the
 * stocks (primary and greedy suppression as publish() does), then audited TOGETHER with the stock
 * table, which it does not change. An attacker who sees both also knows that per group, period and
 * origin stock(t) = stock(t − 1) + in(t) − out(t); where the data satisfy that, the link joins the
 * audit, and flow cells are hidden until no hidden cell of either table is narrowed to one whole
 * number. Links are per origin only: totals hold people of unknown origin that flows do not count.
 */
export function publishFlows(input: PublishFlowsInput): PublishedFlows {
  const { stocks, solver, onProgress } = input;
  const rules = normaliseRules(input.rules);
  const { dataset, streams } = 'dataset' in input.flows ? input.flows : flowDataset(input.flows, stocks.scheme, input.stages);
  const stockTable = input.stockTable ?? publishWithStats(stocks, rules, solver).table;
  const stockCells = buildCells(normaliseGroups(stocks));
  const flowCells = buildCells(normaliseGroups(dataset, { keepEmpty: true }), { apart: FLOW_DIMENSIONS.stream });
  const flowCodes = suppressPrimary(flowCells, rules);
  const primary = flowCodes.reduce((n, c) => n + (c ? 1 : 0), 0);
  const { links } = findLinks(stockCells, flowCells, input.dimensions);
  const stock = { table: stockCells, codes: codesOf(stockCells, stockTable), rules: stockTable.rules };
  const flow = { table: flowCells, codes: flowCodes, rules };
  const { audited, added } = repairLinks(stock, flow, links, solver, onProgress);
  const audit = { audited, primary, complementary: added, links: links.length };
  return { table: { rules, cells: toPublishedCells(flowCells, flowCodes), audit: { audited, primary, complementary: added } }, streams, audit };
}

/** The stock table's pattern as codes per cell; it must be publish()'s table of this very dataset. */
function codesOf(cells: CellTable, table: PublishedTable): Uint8Array {
  if (table.cells.length !== cells.values.length) throw new Error('publishFlows: the stock table is not publish() of the stock dataset.');
  return Uint8Array.from(table.cells, (cell, i) => {
    if (cell.value !== null && cell.value !== cells.values[i]) throw new Error('publishFlows: the stock table is not publish() of the stock dataset.');
    return cell.value === null ? Math.max(1, REASONS.indexOf(cell.reason)) : 0;
  });
}
