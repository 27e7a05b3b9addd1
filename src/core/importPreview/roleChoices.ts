import type { ColumnRole, Locale, SchemeId } from '../types';
import { SCHEMES } from '../classification/schemes';
import { dimensionId } from '../import/mapColumns';

/** One option of a column's role select: `value` encodes the role, `label` is shown. */
export interface RoleChoice {
  value: string;
  label: string;
  /** Options are grouped: how the column groups staff, what it counts, or neither. */
  group: 'dimension' | 'measure' | 'category';
}

/** Well-known dimensions get fixed ids, so that views find the year (views/latestYear) and levels. */
const DIMENSIONS: Array<{ id: string; nl: string; en: string }> = [
  { id: 'jaar', nl: 'Indeling: jaar', en: 'Grouping: year' },
  { id: 'afdeling', nl: 'Indeling: afdeling of eenheid', en: 'Grouping: department or unit' },
  { id: 'niveau', nl: 'Indeling: functieniveau of schaal', en: 'Grouping: job level or scale' },
];
const OWN_DIMENSION = { nl: 'Indeling: andere groepering (eigen naam)', en: 'Grouping: other (its own name)' };
const MEASURES: Array<{ value: string; nl: string; en: string }> = [
  { value: 'origin', nl: 'Herkomst (labels per regel)', en: 'Origin (labels per row)' },
  { value: 'count', nl: 'Aantal medewerkers', en: 'Number of employees' },
  { value: 'total', nl: 'Totaal (controle)', en: 'Total (check)' },
  { value: 'ignore', nl: 'Negeren', en: 'Ignore' },
];
// Finer categories that roll up into a main one (DOMAIN.md §2); ids as findLabelById knows them.
const DETAILS: Array<{ id: string; nl: string; en: string }> = [
  { id: 'turkije', nl: 'Turkije', en: 'Turkey' },
  { id: 'marokko', nl: 'Marokko', en: 'Morocco' },
  { id: 'suriname', nl: 'Suriname', en: 'Suriname' },
  { id: 'nederlandse-cariben', nl: 'Nederlandse Cariben', en: 'Dutch Caribbean' },
  { id: 'indonesie', nl: 'Indonesië', en: 'Indonesia' },
  { id: 'afrika', nl: 'Afrika', en: 'Africa' },
  { id: 'azie', nl: 'Azië', en: 'Asia' },
  { id: 'amerika-oceanie', nl: 'Amerika en Oceanië', en: 'America and Oceania' },
  { id: 'overig-buiten-europa', nl: 'Overig buiten Europa', en: 'Other outside Europe' },
  { id: 'antillen-aruba', nl: 'Antillen en Aruba', en: 'Antilles and Aruba' },
  { id: 'overig-niet-westers', nl: 'Overig niet-westers', en: 'Other non-Western' },
];
const CATEGORY_PREFIX = { nl: 'Herkomstgroep', en: 'Origin group' };

/** Every role a column can be given, for the mapping step's select. */
export function roleChoices(locale: Locale): RoleChoice[] {
  const choices: RoleChoice[] = DIMENSIONS.map((d) => ({ value: `dim:${d.id}`, label: d[locale], group: 'dimension' }));
  choices.push({ value: 'dim:*', label: OWN_DIMENSION[locale], group: 'dimension' });
  for (const m of MEASURES) choices.push({ value: m.value, label: m[locale], group: 'measure' });
  const categories = [...(Object.keys(SCHEMES) as SchemeId[]).flatMap((s) => SCHEMES[s]), ...DETAILS];
  for (const c of categories) choices.push({ value: `cat:${c.id}`, label: `${CATEGORY_PREFIX[locale]}: ${c[locale]}`, group: 'category' });
  return choices;
}

/** The select value of a role; a dimension that is not one of the well-known ones is 'dim:*'. */
export function roleValue(role: ColumnRole | { kind: 'person' }): string {
  if (role.kind === 'dimension') return DIMENSIONS.some((d) => d.id === role.id) ? `dim:${role.id}` : 'dim:*';
  if (role.kind === 'category') return `cat:${role.id}`;
  return role.kind;
}

/** The role a select value stands for; 'dim:*' keeps the column's own name as its id. */
export function roleFromValue(value: string, header: string): ColumnRole {
  if (value === 'dim:*') return { kind: 'dimension', id: dimensionId(header) };
  if (value.startsWith('dim:')) return { kind: 'dimension', id: value.slice(4) };
  if (value.startsWith('cat:')) return { kind: 'category', id: value.slice(4) };
  if (value === 'origin' || value === 'count' || value === 'total' || value === 'ignore') return { kind: value };
  throw new Error(`Unknown role value '${value}'`);
}
