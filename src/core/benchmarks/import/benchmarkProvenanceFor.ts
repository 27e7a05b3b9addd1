import type { BenchmarkProvenance } from '../../types';
import type { CbsExtract } from './cbsExtract';

/**
 * Provenance of an imported table: the CBS table id and its StatLine address (text only; the app
 * never requests it) when the source names one, else the file and the template's own source note.
 */
export function benchmarkProvenanceFor(extract: CbsExtract, options: { percent: boolean; fileName?: string }): BenchmarkProvenance {
  const from = options.fileName ? ` uit ${options.fileName}` : '';
  const method = options.percent
    ? 'Aandelen uit de percentages van de bron, herschaald zodat de drie hoofdcategorieën samen 100% zijn.'
    : 'Aandelen = aantal per hoofdcategorie ÷ som van de drie hoofdcategorieën; noemer = het totaal van de bron (of die som).';
  if (extract.tableId) {
    return {
      kind: 'imported',
      source: `CBS StatLine ${extract.tableId}${extract.title ? `: ${extract.title}` : ''} (geïmporteerd${from})`,
      tableId: extract.tableId,
      url: `https://opendata.cbs.nl/statline/#/CBS/nl/dataset/${extract.tableId}/table`,
      method,
    };
  }
  const note = extract.notes?.find((n) => n.trim() !== '');
  return { kind: 'imported', source: `${note ?? 'Geïmporteerde tabel'} (geïmporteerd${from})`, method };
}
