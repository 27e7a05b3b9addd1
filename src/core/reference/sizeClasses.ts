import type { ReferenceItem, ReferenceList } from './referenceList';

/** A company-size class: employees from `min` up to but not including `max`. */
export interface SizeClass extends ReferenceItem {
  min: number;
  /** Exclusive upper bound; absent for the open top class. */
  max?: number;
}

/** The size classes of the CBS jobs tables (80339NED / 81497NED): 1 tot 10 … 500 en meer werknemers. */
export const SIZE_CLASSES: ReferenceList<SizeClass> = {
  id: 'bedrijfsgrootte-werknemers',
  referenceYear: 2009,
  source: 'CBS StatLine 80339NED / 81497NED, banen van werknemers naar bedrijfsgrootte',
  items: [
    { id: '1-10', nl: '1 tot 10 werknemers', en: '1 to 10 employees', min: 1, max: 10 },
    { id: '10-50', nl: '10 tot 50 werknemers', en: '10 to 50 employees', min: 10, max: 50 },
    { id: '50-100', nl: '50 tot 100 werknemers', en: '50 to 100 employees', min: 50, max: 100 },
    { id: '100-500', nl: '100 tot 500 werknemers', en: '100 to 500 employees', min: 100, max: 500 },
    { id: '500+', nl: '500 en meer werknemers', en: '500 or more employees', min: 500, aliases: ['500 of meer werknemers'] },
  ],
};

/** The size class of an organisation with `headcount` employees; undefined below 1 or when not a number. */
export function sizeClassFor(headcount: number): string | undefined {
  if (!Number.isFinite(headcount) || headcount < 1) return undefined;
  return SIZE_CLASSES.items.find((c) => headcount >= c.min && (c.max === undefined || headcount < c.max))?.id;
}
