import type { DetectedFormat, Locale } from '../types';

export type TemplateShape = DetectedFormat['shape'];

// Example rows show the format; the numbers are placeholders the user overwrites.
const TEMPLATES: Record<TemplateShape, Record<Locale, string[][]>> = {
  long: {
    nl: [
      ['Jaar', 'Afdeling', 'Herkomst', 'Aantal'],
      ['2024', 'Afdeling A', 'Nederland', '120'],
      ['2024', 'Afdeling A', 'Europa (excl. Nederland)', '15'],
      ['2024', 'Afdeling A', 'Buiten Europa', '40'],
      ['2024', 'Afdeling B', 'Nederland', '60'],
      ['2024', 'Afdeling B', 'Europa (excl. Nederland)', '.'],
      ['2024', 'Afdeling B', 'Buiten Europa', '12'],
    ],
    en: [
      ['Year', 'Department', 'Origin', 'Count'],
      ['2024', 'Department A', 'Netherlands', '120'],
      ['2024', 'Department A', 'Europe (excluding the Netherlands)', '15'],
      ['2024', 'Department A', 'Outside Europe', '40'],
      ['2024', 'Department B', 'Netherlands', '60'],
      ['2024', 'Department B', 'Europe (excluding the Netherlands)', '.'],
      ['2024', 'Department B', 'Outside Europe', '12'],
    ],
  },
  wide: {
    nl: [
      ['Afdeling', 'Nederland', 'Europa (excl. Nederland)', 'Buiten Europa', 'Totaal'],
      ['Afdeling A', '120', '15', '40', '175'],
      ['Afdeling B', '60', '8', '12', '80'],
    ],
    en: [
      ['Department', 'Netherlands', 'Europe (excluding the Netherlands)', 'Outside Europe', 'Total'],
      ['Department A', '120', '15', '40', '175'],
      ['Department B', '60', '8', '12', '80'],
    ],
  },
  percentages: {
    nl: [
      ['Subgroep', 'Aantal medewerkers', 'Nederland (%)', 'Europa (%)', 'Buiten Europa (%)'],
      ['Schaal 1-7', '820', '63,0', '10,2', '26,8'],
      ['Schaal 8+', '760', '77,9', '9,9', '12,2'],
    ],
    en: [
      ['Subgroup', 'Number of employees', 'Netherlands (%)', 'Europe (%)', 'Outside Europe (%)'],
      ['Scale 1-7', '820', '63.0', '10.2', '26.8'],
      ['Scale 8+', '760', '77.9', '9.9', '12.2'],
    ],
  },
};

/**
 * The text of a downloadable template for one input shape: Dutch with ';' and decimal comma
 * (what Dutch Excel writes and reads), English with ',' and decimal point. It starts with a
 * UTF-8 BOM so that Excel opens the accented letters correctly; `importTable` reads it back.
 */
export function templateCsv(shape: TemplateShape, locale: Locale = 'nl'): string {
  const delimiter = locale === 'nl' ? ';' : ',';
  return '\ufeff' + TEMPLATES[shape][locale].map((row) => row.join(delimiter)).join('\r\n') + '\r\n';
}
