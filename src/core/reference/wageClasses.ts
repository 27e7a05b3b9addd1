import type { ReferenceItem, ReferenceList } from './referenceList';

/** A wage class; `partOfPartition` false marks a class that overlaps the others. */
export interface WageClass extends ReferenceItem {
  partOfPartition: boolean;
}

/**
 * Hourly-wage classes as fifths of all employee jobs ranked by hourly wage, plus 'top10': the 10% of
 * jobs with the highest annual wage, the historic CBS definition of "the top". The top class overlaps
 * the fifths, so it is left out of any sum over the breakdown.
 */
export const WAGE_CLASSES: ReferenceList<WageClass> = {
  id: 'uurloonklassen-kwintielen',
  referenceYear: 2021,
  source: 'Illustrative classification in the shape of the CBS dashboard (jobs by hourly-wage class); top 10% by annual wage after CBS',
  items: [
    { id: 'q1', nl: 'Laagste 20% uurlonen', en: 'Lowest 20% of hourly wages', partOfPartition: true },
    { id: 'q2', nl: '20–40% uurlonen', en: '20–40% of hourly wages', partOfPartition: true },
    { id: 'q3', nl: '40–60% uurlonen', en: '40–60% of hourly wages', partOfPartition: true },
    { id: 'q4', nl: '60–80% uurlonen', en: '60–80% of hourly wages', partOfPartition: true },
    { id: 'q5', nl: 'Hoogste 20% uurlonen', en: 'Highest 20% of hourly wages', partOfPartition: true },
    { id: 'top10', nl: 'Top 10% jaarlonen', en: 'Top 10% of annual wages', partOfPartition: false },
  ],
};
