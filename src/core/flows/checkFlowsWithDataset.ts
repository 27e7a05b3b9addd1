import { categoryIds } from '../classification/schemes';
import type { Dataset } from '../types';
import { checkStockFlow, type StockFlowMismatch } from './checkStockFlow';
import { stocksOfDataset } from './stocksOfDataset';
import type { FlowCount } from './types';

/**
 * Flows against the stocks of the dataset they are added to: stock(t) = stock(t − 1) + in − out
 * per group (or organisation) and origin. `checked` is false when the dataset has no year or no
 * dimension names the flows' groups, so the screen can say that nothing was checked.
 */
export function checkFlowsWithDataset(dataset: Dataset, flows: readonly FlowCount[]): { checked: boolean; mismatches: StockFlowMismatch[] } {
  const stocks = stocksOfDataset(dataset, flows);
  if (!stocks) return { checked: false, mismatches: [] };
  const periods = [...new Set(stocks.map((s) => s.period))].sort();
  return { checked: true, mismatches: checkStockFlow(stocks, flows, periods, categoryIds(dataset.scheme)) };
}
