import { exportUnits } from '../../../src/i18n/exportUnits';
import { translate } from '../../../src/i18n/translate';
import type { ExportTable } from '../../../src/core/export/types';

/**
 * A small published table with every column kind, a suppressed row, a row without an index
 * (not applicable), and two labels that a spreadsheet would otherwise execute.
 */
export function sampleTable(locale: ExportTable['locale'] = 'nl'): ExportTable {
  return {
    title: 'Herkomst per afdeling',
    locale,
    // The unit words as the export menu adds them from the catalogue.
    units: exportUnits((key) => translate(locale, key)),
    columns: [
      { id: 'afdeling', label: 'Afdeling', kind: 'text' },
      { id: 'totaal', label: 'Medewerkers', kind: 'count' },
      { id: 'aandeel', label: 'Aandeel Europa', kind: 'share' },
      { id: 'verschil', label: 'Verschil Europa', kind: 'pp' },
      { id: 'index', label: 'Index Europa', kind: 'index' },
    ],
    rows: [
      { afdeling: 'Zorg', totaal: 1234, aandeel: 0.125, verschil: -3.2, index: 0.845 },
      { afdeling: '-Afdeling', totaal: 60, aandeel: null, verschil: null, index: null },
      { afdeling: '=HYPERLINK("http://x","klik")', totaal: 250, aandeel: 249 / 2000, verschil: 2.05, index: 1 },
      { afdeling: 'Financiën; inkoop', totaal: 30.75, aandeel: 0.5, verschil: 0 },
    ],
    notes: ['Bron: eigen registratie 2024', '. = onderdrukt: groep kleiner dan 50 of cel kleiner dan 10'],
  };
}
