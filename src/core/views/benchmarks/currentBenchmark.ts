import type { BenchmarkCounts } from '../../benchmarks/benchmarkCounts';
import type { BenchmarkProvenance, Issue } from '../../types';

/** One part of a composite benchmark as shown: what it asked for, its weight, the cell it used. */
export interface CompositeComponentView {
  /** The part's number as the user entered it (parts with headcount 0 are left out of the mix). */
  number: number;
  /** The part's own codes, described, e.g. "regio Groot-Amsterdam". */
  asked: string;
  headcount: number;
  /** headcount ÷ total headcount of the parts used (0–1). */
  weight: number;
  /** The cell actually used, described, with its year. */
  cell: string;
  kind: BenchmarkProvenance['kind'];
  shares: Record<string, number>;
}

/** The benchmark the overview compares with, ready to show. */
export interface CurrentBenchmark {
  shares: Record<string, number>;
  provenance: BenchmarkProvenance;
  /** What a single cell's benchmark is, e.g. "sector O Openbaar bestuur (2024)"; a composite has `composite` instead. */
  label?: string;
  /** What a composite is: how many parts, their headcount and the years used ("2023, 2024"); src/i18n words it as its label. */
  composite?: { parts: number; headcount: number; years: string };
  /** Real or modelled, and what is counted (jobs by workplace, persons by residence); src/i18n words it. */
  counts?: BenchmarkCounts;
  /** The region ('' = the Netherlands) whose real herkomst trend (86008NED) belongs with this benchmark. */
  trendRegion?: string;
  /**
   * Which fallback was used (nearest year, coarser cell), when one was: look-up issues the UI words
   * (wordBenchmarkNote). A cell fallback names its cells in `requested` and `used`; a composite's
   * notes carry their part's number in `part`.
   */
  notes?: Issue[];
  /** For a composite benchmark: every part with its weight and cell. */
  components?: CompositeComponentView[];
}
