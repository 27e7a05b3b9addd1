import type { BenchmarkProvenance, Locale } from '../types';

/** What a benchmark counts: employee jobs, persons in work, or (a composite) both. */
export type BenchmarkPopulation = 'jobs' | 'persons' | 'mixed';

const KIND: Record<Locale, Record<BenchmarkProvenance['kind'], string>> = {
  nl: { cbs: 'echt CBS-cijfer', illustrative: 'gemodelleerd (illustratief), geen CBS-cijfer', imported: 'geïmporteerd CBS-bestand' },
  en: { cbs: 'real CBS figure', illustrative: 'modelled (illustrative), not a CBS figure', imported: 'imported CBS file' },
};

const COUNTS: Record<Locale, Record<BenchmarkPopulation, string>> = {
  nl: {
    jobs: 'telt banen van werknemers naar vestiging van de werkgever, zoals de CBS-barometer',
    persons: 'telt personen met werk naar woonplaats (werkzame beroepsbevolking, 15 tot 75 jaar), niet banen bij de werkgever',
    mixed: 'mengt banen van werknemers (naar vestiging) en personen met werk (naar woonplaats)',
  },
  en: {
    jobs: "counts employee jobs by the employer's location, as the CBS barometer does",
    persons: 'counts persons in work by where they live (working population, 15 to 75), not jobs at the employer',
    mixed: 'mixes employee jobs (by location) and persons in work (by residence)',
  },
};

/**
 * One phrase saying whether a benchmark is real or modelled and what it counts, in the user's
 * language, e.g. "echt CBS-cijfer; telt personen met werk naar woonplaats …". Shown with every
 * benchmark: on screen, in the report and in exports.
 */
export function benchmarkCounts(kind: BenchmarkProvenance['kind'], population: BenchmarkPopulation, locale: Locale): string {
  return `${KIND[locale][kind]}; ${COUNTS[locale][population]}`;
}
