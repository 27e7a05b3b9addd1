import type { BenchmarkProvenance } from '../types';

/** What a benchmark counts: employee jobs, persons in work, or (a composite) both. */
export type BenchmarkPopulation = 'jobs' | 'persons' | 'mixed';

/**
 * Whether a benchmark is real or modelled and what it counts. Shown with every benchmark (on
 * screen, in the report and in exports) as one phrase that src/i18n words (wordBenchmarkCounts),
 * e.g. "echt CBS-cijfer; telt personen met werk naar woonplaats …".
 */
export interface BenchmarkCounts {
  kind: BenchmarkProvenance['kind'];
  population: BenchmarkPopulation;
}
