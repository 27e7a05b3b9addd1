import type { BenchmarkTable, SchemeId } from '../types';
import type { BenchmarkMatch } from './lookupBenchmark';

/** The tables of one scheme (and population filter), by year, each year's list in order of preference. */
export interface PreparedScheme {
  years: number[];
  byYear: Map<number, BenchmarkTable[]>;
  /** Earlier answers by request signature: many groups of one organisation ask the same question. */
  answers: Map<string, BenchmarkMatch>;
}

/** Per array: the tables it held when prepared (to notice in-place changes) and the prepared schemes. */
const cache = new WeakMap<readonly BenchmarkTable[], { snapshot: BenchmarkTable[]; schemes: Map<string, PreparedScheme> }>();

function unchanged(snapshot: BenchmarkTable[], tables: readonly BenchmarkTable[]): boolean {
  if (snapshot.length !== tables.length) return false;
  for (let i = 0; i < snapshot.length; i++) if (snapshot[i] !== tables[i]) return false;
  return true;
}

/** Ties between equally specific cells go to imported or CBS tables, then jobs, then fewer dimensions. */
function preference(a: BenchmarkTable, b: BenchmarkTable): number {
  const source = (t: BenchmarkTable) => (t.provenance.kind === 'illustrative' ? 1 : 0);
  const unit = (t: BenchmarkTable) => (t.population === 'jobs' ? 0 : 1);
  return source(a) - source(b) || unit(a) - unit(b) || a.dimensions.length - b.dimensions.length;
}

/**
 * Groups `tables` for one scheme once per array object, so that 2,000 look-ups against the same
 * loaded tables do the filtering and sorting once. An array changed in place (a table pushed or
 * replaced, as a reactive list may be) is noticed and prepared again.
 */
export function prepareTables(tables: readonly BenchmarkTable[], scheme: SchemeId, population?: 'jobs' | 'persons'): PreparedScheme {
  let entry = cache.get(tables);
  if (!entry || !unchanged(entry.snapshot, tables)) {
    entry = { snapshot: [...tables], schemes: new Map() };
    cache.set(tables, entry);
  }
  const perArray = entry.schemes;
  const id = `${scheme}|${population ?? ''}`;
  let prepared = perArray.get(id);
  if (!prepared) {
    const byYear = new Map<number, BenchmarkTable[]>();
    for (const t of tables) {
      if (t.scheme !== scheme || (population && t.population !== population)) continue;
      byYear.set(t.year, [...(byYear.get(t.year) ?? []), t]);
    }
    for (const list of byYear.values()) list.sort(preference);
    prepared = { years: [...byYear.keys()].sort((a, b) => a - b), byYear, answers: new Map() };
    perArray.set(id, prepared);
  }
  return prepared;
}
