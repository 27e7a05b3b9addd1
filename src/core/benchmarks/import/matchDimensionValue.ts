import { AGE_BANDS, LABOUR_MARKET_REGIONS, PROVINCES, SBI_SECTIONS, SIZE_CLASSES, WAGE_CLASSES } from '../../reference';
import type { ReferenceList } from '../../reference';
import type { CbsColumn, CbsDimensionValue } from './cbsExtract';
import { normaliseLabel, stripSuffix } from './normaliseLabel';
import { cbsRegionId, parseRegionTitle } from '../../reference/cbsRegion';

/** What a source column means to the benchmark. 'other' columns must be at their total. */
export type DimensionRole = 'year' | 'origin' | 'sector' | 'region' | 'sizeClass' | 'wageClass' | 'ageBand' | 'other';

/** A matched value: a code of our reference lists, the column's total, a year, or no match. */
export type ValueMatch = { kind: 'code'; code: string } | { kind: 'total' } | { kind: 'year'; year: number } | { kind: 'unmatched' };

const ROLE_PATTERNS: Array<[DimensionRole, RegExp]> = [
  ['year', /perio|^jaar$|^year$/i],
  ['origin', /herkomst|migratieachtergrond|origin|migration/i],
  ['sector', /sbi|bedrijfstak|sector|economische activiteit|industry/i],
  ['sizeClass', /grootte|size/i],
  ['region', /regio|region|provinc|gebied/i],
  ['wageClass', /uurloon|loonklasse|wage/i],
  ['ageBand', /leeftijd|\bage\b/i],
];

/** The role of a column from its title, else its key (OData keys such as 'BedrijfstakkenBranchesSBI2008'). */
export function detectRole(column: CbsColumn): DimensionRole {
  for (const text of [column.title, column.id]) for (const [role, re] of ROLE_PATTERNS) if (re.test(text)) return role;
  return 'other';
}

const TOTAL = /^(totaal|total|alle |all |a u\b|nederland$|netherlands$|15 tot 75 jaar)/;

function byName(list: ReferenceList, label: string): string | undefined {
  const key = normaliseLabel(stripSuffix(label));
  return list.items.find((i) => [i.id, i.nl, i.en, ...(i.aliases ?? [])].some((n) => normaliseLabel(n) === key))?.id;
}

function matchRegion(value: CbsDimensionValue, suffixed: boolean): string | undefined {
  const { label } = value;
  // Landsdelen, COROP regions and municipalities carry their name in our id (reference/cbsRegion.ts).
  const typed = parseRegionTitle(label);
  if (typed && /\((LD|CR|gemeente)\)\s*$/.test(label)) return cbsRegionId(typed.type, typed.name, new Map());
  if (/\(pv\)\s*$/i.test(label)) return byName(PROVINCES, label);
  if (/\(am\)\s*$/i.test(label)) return byName(LABOUR_MARKET_REGIONS, label);
  // Without a suffix a name may be both a region and a province (Groningen): the region wins,
  // because the bundled tables are by labour-market region.
  // In a table that marks its regions ("Groot Amsterdam (AM)"), a bare name is a municipality
  // (Amersfoort, Gorinchem); elsewhere a bare name that is neither region nor province is one.
  if (suffixed && typed && !/\(\w+\)\s*$/.test(label)) return `GM:${typed.name}`;
  return byName(LABOUR_MARKET_REGIONS, label) ?? byName(PROVINCES, label) ?? (typed && !/\(\w+\)\s*$/.test(label) && !/^(AM|PV|NL)\d/.test(label) ? `GM:${typed.name}` : undefined);
}

function matchSector(label: string): string | undefined {
  const letter = /^([A-U])(\s+[^-\s]|$)/.exec(label.trim())?.[1];
  return letter ?? byName(SBI_SECTIONS, label);
}

function matchAge(label: string): string | undefined {
  const m = /(\d+)\s*(?:tot|to|-|–)\s*(\d+)/.exec(label);
  const id = m ? `${m[1]}-${m[2]}` : undefined;
  return id && AGE_BANDS.items.some((a) => a.id === id) ? id : byName(AGE_BANDS, label);
}

function matchYear(value: CbsDimensionValue): number | undefined {
  for (const text of [value.code ?? '', value.label]) {
    const m = /^(\d{4})(JJ00)?\s*(\*+|\([^)]*\))?$/i.exec(text.trim());
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * Matches one dimension value to our reference codes on its label (CBS codes need not equal ours;
 * readers put the code in the label when the source has no titles, so our own ids match too).
 */
export function matchDimensionValue(role: DimensionRole, value: CbsDimensionValue, options: { suffixedRegions?: boolean } = {}): ValueMatch {
  if (role === 'year') {
    const year = matchYear(value);
    return year === undefined ? { kind: 'unmatched' } : { kind: 'year', year };
  }
  if (role === 'origin') return { kind: 'unmatched' };
  const label = value.label.trim();
  if (label === '') return { kind: 'total' };
  if (TOTAL.test(normaliseLabel(stripSuffix(label))) || /^(T00|NL0?1$)/.test(value.code ?? '')) return { kind: 'total' };
  const code =
    role === 'sector' ? matchSector(label)
    : role === 'region' ? matchRegion(value, options.suffixedRegions ?? false)
    : role === 'sizeClass' ? byName(SIZE_CLASSES, label)
    : role === 'wageClass' ? byName(WAGE_CLASSES, label)
    : role === 'ageBand' ? matchAge(label)
    : undefined;
  return code ? { kind: 'code', code } : { kind: 'unmatched' };
}
