import type { BenchmarkCounts } from '../../benchmarks/benchmarkCounts';
import type { BenchmarkProvenance } from '../../types';
import type { BenchmarkCellKey } from './benchmarkCell';
import type { BenchmarkNote } from './fallbackNotes';

/** A benchmark cell that was used, and the year of its table; src/i18n words it ("sector I Horeca (2024)"). */
export interface UsedCell {
  key: BenchmarkCellKey;
  year: number;
}

/** One part of a composite benchmark as shown: what it asked for, its weight, the cell it used. */
export interface CompositeComponentView {
  /** The part's number as the user entered it (parts with headcount 0 are left out of the mix). */
  number: number;
  /** The part's own codes, e.g. { region: 'AM18' }; {} when it asks for no cell of its own. */
  asked: BenchmarkCellKey;
  headcount: number;
  /** headcount ÷ total headcount of the parts used (0–1). */
  weight: number;
  /** The cell actually used, with its year. */
  cell: UsedCell;
  kind: BenchmarkProvenance['kind'];
  shares: Record<string, number>;
}

/** The benchmark the overview compares with, ready to show. */
export interface CurrentBenchmark {
  shares: Record<string, number>;
  provenance: BenchmarkProvenance;
  /** A single cell's benchmark: the cell used and its year; a composite has `composite` instead. */
  cell?: UsedCell;
  /** What a composite is: how many parts, their headcount and the years used ("2023, 2024"); src/i18n words it as its label. */
  composite?: { parts: number; headcount: number; years: string };
  /** Real or modelled, and what is counted (jobs by workplace, persons by residence); src/i18n words it. */
  counts?: BenchmarkCounts;
  /** The region ('' = the Netherlands) whose real herkomst trend (86008NED) belongs with this benchmark. */
  trendRegion?: string;
  /**
   * Which fallback was used (nearest year, coarser cell), when one was: look-up issues that src/i18n
   * words (wordBenchmarkNote). A cell fallback carries its cells as codes in `cells`; a composite's
   * notes carry their part's number in `part`.
   */
  notes?: BenchmarkNote[];
  /** For a composite benchmark: every part with its weight and cell. */
  components?: CompositeComponentView[];
}
