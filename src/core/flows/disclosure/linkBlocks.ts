import type { CellTable } from '../../privacy/buildCells';
import { FLOW_DIMENSIONS } from '../flowDataset';

const BLOCK_LABELS = 2;

/**
 * Blocks for the joint audit's block LPs (AuditModel.blocks), per finest group of each table: two
 * neighbouring labels of the stock dimension the flows' groups name (`group`; −1: the stock dimension
 * with the most labels), and the same labels of the flow table's 'groep'. So a unit's stock cells and
 * its flow cells, tied by links, share a block, as publish() pairs units (see auditCells.ts).
 */
export function linkBlocks(stock: CellTable, flow: CellTable, group: number): { stock: Int32Array; flow: Int32Array } {
  const labels = stock.finest.labels;
  let d = group;
  if (d < 0) {
    let most = 0;
    stock.finest.dimensions.forEach((_, i) => {
      const count = new Set(labels.map((l) => l[i])).size;
      if (count > most) [d, most] = [i, count];
    });
  }
  const fGroup = flow.finest.dimensions.indexOf(FLOW_DIMENSIONS.group);
  const all = new Set<string>();
  if (d >= 0) for (const l of labels) all.add(l[d]!);
  if (fGroup >= 0) for (const l of flow.finest.labels) all.add(l[fGroup]!);
  const rank = new Map([...all].sort().map((label, i) => [label, Math.floor(i / BLOCK_LABELS)]));
  return {
    stock: Int32Array.from(labels, (l) => (d < 0 ? 0 : rank.get(l[d]!)!)),
    flow: Int32Array.from(flow.finest.labels, (l) => (fGroup < 0 ? 0 : rank.get(l[fGroup]!)!)),
  };
}
