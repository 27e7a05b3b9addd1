import type { Locale } from '../../types';
import { AGE_BANDS, LABOUR_MARKET_REGIONS, PROVINCES, SBI_SECTIONS, SIZE_CLASSES, WAGE_CLASSES } from '../../reference';
import type { ReferenceItem } from '../../reference';
import { nameOfRegionId } from '../../reference/cbsRegion';

const LISTS: Record<string, ReadonlyArray<readonly ReferenceItem[]>> = {
  sector: [SBI_SECTIONS.items],
  region: [LABOUR_MARKET_REGIONS.items, PROVINCES.items],
  sizeClass: [SIZE_CLASSES.items],
  wageClass: [WAGE_CLASSES.items],
  ageBand: [AGE_BANDS.items],
};

const WORDS: Record<Locale, Record<string, string>> = {
  nl: { sector: 'sector', region: 'regio', sizeClass: 'bedrijfsgrootte', wageClass: 'uurloonklasse', ageBand: 'leeftijd' },
  en: { sector: 'sector', region: 'region', sizeClass: 'company size', wageClass: 'hourly-wage class', ageBand: 'age' },
};
/** The order cells are read in, whatever order their keys come in: broadest first, as the profile asks. */
const ORDER = ['sector', 'region', 'sizeClass', 'wageClass', 'ageBand'];
const rank = (dimension: string) => (ORDER.includes(dimension) ? ORDER.indexOf(dimension) : ORDER.length);

const NATIONAL: Record<Locale, string> = { nl: 'heel Nederland', en: 'the whole of the Netherlands' };

/** The name of a benchmark code in `locale`; an unknown code (e.g. from an import) stays as it is. */
export function codeLabel(dimension: string, code: string, locale: Locale): string {
  for (const list of LISTS[dimension] ?? []) {
    const item = list.find((i) => i.id === code);
    if (item) return item[locale];
  }
  if (dimension === 'region' && code === 'NL') return NATIONAL[locale];
  // Municipalities, COROP regions and landsdelen carry their name in their id ("GM:Amsterdam").
  return (dimension === 'region' && nameOfRegionId(code)) || code;
}

/** Name of a dimension, e.g. 'sizeClass' -> 'bedrijfsgrootte'. */
export function dimensionLabel(dimension: string, locale: Locale): string {
  return WORDS[locale][dimension] ?? dimension;
}

/**
 * A benchmark cell in words: "sector I Horeca, regio Groot-Amsterdam"; the empty key is the whole
 * country. Sectors keep their letter because the SBI letter is how HR staff know them.
 */
export function describeBenchmarkCell(key: Record<string, string>, locale: Locale): string {
  const entries = Object.entries(key).sort(([a], [b]) => rank(a) - rank(b));
  const parts = entries.map(([dimension, code]) => {
    const name = codeLabel(dimension, code, locale);
    const shown = dimension === 'sector' && name !== code ? `${code} ${name}` : name;
    return `${dimensionLabel(dimension, locale)} ${shown}`;
  });
  return parts.length > 0 ? parts.join(', ') : NATIONAL[locale];
}
