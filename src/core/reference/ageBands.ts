import type { ReferenceList } from './referenceList';

/** Ten-year age bands of the CBS labour tables (15 tot 75 jaar). */
export const AGE_BANDS: ReferenceList = {
  id: 'leeftijd-15-75',
  referenceYear: 2022,
  source: 'CBS StatLine 84729NED / 82809NED age labels ("15 tot 25 jaar")',
  items: [
    { id: '15-25', nl: '15 tot 25 jaar', en: '15 to 25 years' },
    { id: '25-35', nl: '25 tot 35 jaar', en: '25 to 35 years' },
    { id: '35-45', nl: '35 tot 45 jaar', en: '35 to 45 years' },
    { id: '45-55', nl: '45 tot 55 jaar', en: '45 to 55 years' },
    { id: '55-65', nl: '55 tot 65 jaar', en: '55 to 65 years' },
    { id: '65-75', nl: '65 tot 75 jaar', en: '65 to 75 years' },
  ],
};
