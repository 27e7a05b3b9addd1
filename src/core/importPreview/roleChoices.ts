import type { ColumnRole, SchemeId } from '../types';
import { SCHEMES, type Category } from '../classification/schemes';
import { dimensionId } from '../import/mapColumns';

/** The well-known dimensions, which get fixed ids so that views find the year (views/latestYear) and levels. */
const DIMENSIONS = ['jaar', 'afdeling', 'niveau'] as const;
const MEASURES = ['origin', 'count', 'total', 'ignore'] as const;

/** The select value of a role src/i18n words by its value alone: every role but an origin group. */
export type NamedRoleValue = `dim:${(typeof DIMENSIONS)[number] | '*'}` | (typeof MEASURES)[number];

/**
 * One option of a column's role select; src/i18n words it. Options are grouped: how the column
 * groups staff, what it counts, or one origin group. An origin group carries its category's name
 * in each language (a data label, as SCHEMES carries), which the sentence names.
 */
export type RoleChoice =
  | { value: NamedRoleValue; group: 'dimension' | 'measure' }
  | { value: `cat:${string}`; group: 'category'; category: { nl: string; en: string } };

// Finer categories that roll up into a main one (DOMAIN.md §2); ids as findLabelById knows them.
const DETAILS: readonly Category[] = [
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

/** Every role a column can be given, for the mapping step's select. */
export function roleChoices(): RoleChoice[] {
  const choices: RoleChoice[] = DIMENSIONS.map((id) => ({ value: `dim:${id}` as const, group: 'dimension' as const }));
  choices.push({ value: 'dim:*', group: 'dimension' });
  for (const m of MEASURES) choices.push({ value: m, group: 'measure' });
  const categories = [...(Object.keys(SCHEMES) as SchemeId[]).flatMap((s) => SCHEMES[s]), ...DETAILS];
  for (const c of categories) choices.push({ value: `cat:${c.id}`, group: 'category', category: { nl: c.nl, en: c.en } });
  return choices;
}

/** The select value of a role; a dimension that is not one of the well-known ones is 'dim:*'. */
export function roleValue(role: ColumnRole | { kind: 'person' }): string {
  if (role.kind === 'dimension') return (DIMENSIONS as readonly string[]).includes(role.id) ? `dim:${role.id}` : 'dim:*';
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
