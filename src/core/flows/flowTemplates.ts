import type { Locale } from '../types';

// Example rows show every flow once; the numbers are placeholders the user overwrites. Funnel
// stages are free names in the order of the funnel; doorstroom names the levels moved between.
const TEMPLATES: Record<Locale, string[][]> = {
  nl: [
    ['Jaar', 'Afdeling', 'Stroom', 'Fase', 'Van niveau', 'Naar niveau', 'Herkomst', 'Aantal'],
    ['2024', 'Afdeling A', 'Instroom', '', '', '', 'Nederland', '12'],
    ['2024', 'Afdeling A', 'Instroom', '', '', '', 'Europa (excl. Nederland)', '3'],
    ['2024', 'Afdeling A', 'Instroom', '', '', '', 'Buiten Europa', '5'],
    ['2024', 'Afdeling A', 'Uitstroom', '', '', '', 'Nederland', '8'],
    ['2024', 'Afdeling A', 'Uitstroom', '', '', '', 'Buiten Europa', '.'],
    ['2024', 'Afdeling A', 'Doorstroom', '', 'Schaal 1-7', 'Schaal 8+', 'Nederland', '4'],
    ['2024', 'Afdeling A', 'Doorstroom', '', 'Schaal 1-7', 'Schaal 8+', 'Buiten Europa', '1'],
    ['2024', 'Afdeling A', 'Werving', 'Sollicitanten', '', '', 'Nederland', '60'],
    ['2024', 'Afdeling A', 'Werving', 'Sollicitanten', '', '', 'Buiten Europa', '30'],
    ['2024', 'Afdeling A', 'Werving', 'Aangenomen', '', '', 'Nederland', '12'],
    ['2024', 'Afdeling A', 'Werving', 'Aangenomen', '', '', 'Buiten Europa', '5'],
  ],
  en: [
    ['Year', 'Department', 'Flow', 'Stage', 'From level', 'To level', 'Origin', 'Count'],
    ['2024', 'Department A', 'Hires', '', '', '', 'Netherlands', '12'],
    ['2024', 'Department A', 'Hires', '', '', '', 'Europe (excluding the Netherlands)', '3'],
    ['2024', 'Department A', 'Hires', '', '', '', 'Outside Europe', '5'],
    ['2024', 'Department A', 'Leavers', '', '', '', 'Netherlands', '8'],
    ['2024', 'Department A', 'Leavers', '', '', '', 'Outside Europe', '.'],
    ['2024', 'Department A', 'Promotion', '', 'Scale 1-7', 'Scale 8+', 'Netherlands', '4'],
    ['2024', 'Department A', 'Promotion', '', 'Scale 1-7', 'Scale 8+', 'Outside Europe', '1'],
    ['2024', 'Department A', 'Recruitment', 'Applicants', '', '', 'Netherlands', '60'],
    ['2024', 'Department A', 'Recruitment', 'Applicants', '', '', 'Outside Europe', '30'],
    ['2024', 'Department A', 'Recruitment', 'Hired', '', '', 'Netherlands', '12'],
    ['2024', 'Department A', 'Recruitment', 'Hired', '', '', 'Outside Europe', '5'],
  ],
};

/**
 * The text of the downloadable flow template, as templateCsv writes the stock templates: Dutch
 * with ';', English with ',', a UTF-8 BOM for Excel and CRLF line ends. `importFlows` reads it back.
 */
export function flowTemplateCsv(locale: Locale = 'nl'): string {
  const delimiter = locale === 'nl' ? ';' : ',';
  return '\ufeff' + TEMPLATES[locale].map((row) => row.join(delimiter)).join('\r\n') + '\r\n';
}
