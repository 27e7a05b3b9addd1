import type { BenchmarkRow, BenchmarkTable } from '../types';
import { rowKeyString } from './rowKeyString';

const cache = new WeakMap<BenchmarkTable, Map<string, BenchmarkRow>>();

/** The table's rows by canonical key string, built once per table object (tables are not mutated). */
export function tableIndex(table: BenchmarkTable): Map<string, BenchmarkRow> {
  let index = cache.get(table);
  if (!index) {
    index = new Map(table.rows.map((row) => [rowKeyString(row.key), row]));
    cache.set(table, index);
  }
  return index;
}
