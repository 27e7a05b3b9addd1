import type { BenchmarkProvenance } from '../../types';

/** The CBS tables whose figures Barometer bundles, with their StatLine titles. */
export const CBS_ORIGIN_TABLES = {
  '85456NED': 'Arbeidsdeelname; herkomst',
  '82809NED': 'Arbeidsdeelname; migratieachtergrond',
  '85512NED': 'Arbeidsdeelname; herkomst, regio',
  '86008NED': 'Arbeidsdeelname; gemeenten (regio-indeling 2024)',
} as const;

export type CbsOriginTableId = keyof typeof CBS_ORIGIN_TABLES;

/**
 * The attribution CBS's licence (CC BY 4.0) asks for, without the word "Bron" that every place
 * showing a source puts before it ("Bron: CBS, StatLine 85512NED (…), CC BY 4.0").
 */
export function cbsAttribution(tableId: string): string {
  const title = (CBS_ORIGIN_TABLES as Record<string, string>)[tableId];
  return `CBS, StatLine ${tableId}${title ? ` (${title})` : ''}, CC BY 4.0`;
}

/** Provenance of a bundled real CBS table; `method` says in Dutch what is counted and how. */
export function cbsProvenance(tableId: CbsOriginTableId, method: string): BenchmarkProvenance {
  return {
    kind: 'cbs',
    source: cbsAttribution(tableId),
    tableId,
    url: `https://opendata.cbs.nl/statline/#/CBS/nl/dataset/${tableId}/table`,
    method,
  };
}
