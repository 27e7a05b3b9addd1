import { AGE_BANDS, LABOUR_MARKET_REGIONS, PROVINCES, SBI_SECTIONS, SIZE_CLASSES, WAGE_CLASSES } from '../../reference';
import type { ReferenceItem } from '../../reference';
import { nameOfRegionId } from '../../reference/cbsRegion';

/** A benchmark cell as codes: dimension -> code, e.g. { sector: 'I', region: 'AM18' }; {} is the whole country. */
export type BenchmarkCellKey = Readonly<Record<string, string>>;

/** One dimension of a cell: which dimension, and its code. */
export interface CellPart {
  dimension: string;
  code: string;
}

const LISTS: Record<string, ReadonlyArray<readonly ReferenceItem[]>> = {
  sector: [SBI_SECTIONS.items],
  region: [LABOUR_MARKET_REGIONS.items, PROVINCES.items],
  sizeClass: [SIZE_CLASSES.items],
  wageClass: [WAGE_CLASSES.items],
  ageBand: [AGE_BANDS.items],
};

/** The order cells are read in, whatever order their keys come in: broadest first, as the profile asks. */
const ORDER = ['sector', 'region', 'sizeClass', 'wageClass', 'ageBand'];
const rank = (dimension: string) => (ORDER.includes(dimension) ? ORDER.indexOf(dimension) : ORDER.length);

/** A cell's dimensions in reading order (src/i18n words them); [] is the whole country. */
export function cellParts(key: BenchmarkCellKey): CellPart[] {
  return Object.entries(key)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([dimension, code]) => ({ dimension, code }));
}

/**
 * The reference names of a benchmark code in both languages (data, like a category's names), or
 * null for a code no list knows (e.g. from an import). Municipalities, COROP regions and
 * landsdelen carry their one name in their id ("GM:Amsterdam").
 */
export function codeNames(dimension: string, code: string): { nl: string; en: string } | null {
  for (const list of LISTS[dimension] ?? []) {
    const item = list.find((i) => i.id === code);
    if (item) return { nl: item.nl, en: item.en };
  }
  const name = dimension === 'region' ? nameOfRegionId(code) : undefined;
  return name ? { nl: name, en: name } : null;
}
