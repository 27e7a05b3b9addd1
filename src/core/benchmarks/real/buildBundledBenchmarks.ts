import type { BenchmarkTable, SchemeId } from '../../types';
import type { CbsRegion } from '../../reference/cbsRegion';
import type { BenchmarkInputs, RealInputs, RealNational } from '../generate/benchmarkInputs';
import { buildBenchmarkTables } from '../generate/buildBenchmarkTables';
import { jobWeightsFrom } from '../generate/jobWeights';
import { herkomstNationalTables, migratieNationalTables } from './nationalTables';
import { amCodesFrom, regionalHerkomstTable, regionalTrend, type RegionalTrend } from './regionalTables';

/** The copied CBS source files (data/cbs/), as text. */
export interface CbsSourceFiles {
  herkomstNational: string;
  migratieNational: string;
  herkomstRegions: string;
  regionalTrend: string;
  amCodes: string;
  jobs: string;
  sbiKeys: string;
}

export interface BundledBenchmarks {
  /** Real CBS tables first, then the modelled ones. */
  tables: BenchmarkTable[];
  /** Every region of the regional table, for the region choice. */
  regions: CbsRegion[];
  trend: RegionalTrend;
}

/** The year of 83583NED's job counts used as weights: the latest in the copied feed. */
const JOBS_YEAR = 2019;

/** The real national rows the modelled tables must agree with. */
function realInputsFrom(real: BenchmarkTable[], files: CbsSourceFiles): RealInputs {
  const persons: Partial<Record<SchemeId, Record<number, RealNational>>> = {};
  const realAge: Partial<Record<SchemeId, number[]>> = {};
  for (const table of real) {
    const row = table.rows.find((r) => Object.keys(r.key).length === 0);
    if (!row || table.dimensions.includes('region') || row.denominator === undefined) continue;
    (persons[table.scheme] ??= {})[table.year] = { shares: row.shares, total: row.denominator, tableId: table.provenance.tableId ?? '' };
    if (table.dimensions.includes('ageBand')) (realAge[table.scheme] ??= []).push(table.year);
  }
  return { persons, realAge, jobs: jobWeightsFrom(files.jobs, files.sbiKeys, JOBS_YEAR) };
}

/** Everything `npm run benchmarks:build` writes to public/benchmarks/, from the copied CBS files. */
export function buildBundledBenchmarks(files: CbsSourceFiles, inputs: BenchmarkInputs): BundledBenchmarks {
  const amCodes = amCodesFrom(files.amCodes);
  const regional = regionalHerkomstTable(files.herkomstRegions, amCodes);
  const real = [...herkomstNationalTables(files.herkomstNational), ...migratieNationalTables(files.migratieNational), regional.table];
  const modelled = buildBenchmarkTables(inputs, realInputsFrom(real, files));
  return { tables: [...real, ...modelled], regions: regional.regions, trend: regionalTrend(files.regionalTrend, amCodes) };
}
