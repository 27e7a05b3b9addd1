import type { BenchmarkTable, SchemeId } from '../types';

/** The tables of one scheme (and population filter), by year, each year's list in order of preference. */
export interface PreparedScheme {
  years: number[];
  byYear: Map<number, BenchmarkTable[]>;
}

const cache = new WeakMap<readonly BenchmarkTable[], Map<string, PreparedScheme>>();

/** Ties between equally specific cells go to imported or CBS tables, then jobs, then fewer dimensions. */
function preference(a: BenchmarkTable, b: BenchmarkTable): number {
  const source = (t: BenchmarkTable) => (t.provenance.kind === 'illustrative' ? 1 : 0);
  const unit = (t: BenchmarkTable) => (t.population === 'jobs' ? 0 : 1);
  return source(a) - source(b) || unit(a) - unit(b) || a.dimensions.length - b.dimensions.length;
}

/**
 * Groups `tables` for one scheme once per array object, so that 2,000 look-ups against the same
 * loaded tables do the filtering and sorting once. Callers must not mutate the array afterwards.
 */
export function prepareTables(tables: readonly BenchmarkTable[], scheme: SchemeId, population?: 'jobs' | 'persons'): PreparedScheme {
  let perArray = cache.get(tables);
  if (!perArray) {
    perArray = new Map();
    cache.set(tables, perArray);
  }
  const id = `${scheme}|${population ?? ''}`;
  let prepared = perArray.get(id);
  if (!prepared) {
    const byYear = new Map<number, BenchmarkTable[]>();
    for (const t of tables) {
      if (t.scheme !== scheme || (population && t.population !== population)) continue;
      byYear.set(t.year, [...(byYear.get(t.year) ?? []), t]);
    }
    for (const list of byYear.values()) list.sort(preference);
    prepared = { years: [...byYear.keys()].sort((a, b) => a - b), byYear };
    perArray.set(id, prepared);
  }
  return prepared;
}
