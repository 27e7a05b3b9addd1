import type { SchemeId } from '../types';
import { normaliseLabel } from './normaliseLabel';

/** Where a label lands in one scheme: a main category id and, for finer labels, a detail id. */
export interface LabelTarget {
  main: string;
  detail?: string;
}

/** What a recognised origin label means in each scheme it belongs to. */
export type LabelMeaning = Partial<Record<SchemeId, LabelTarget>>;

/** The main id of staff whose origin is unknown: kept out of the counts, but in the totals' checks. */
export const UNKNOWN = 'onbekend';

const H = (main: string, detail?: string): LabelMeaning => ({ herkomst: detail ? { main, detail } : { main } });
const M = (main: string, detail?: string): LabelMeaning => ({
  migratieachtergrond: detail ? { main, detail } : { main },
});

// Label variants per meaning (DOMAIN.md §2): Dutch and English, with/without hyphen,
// excl./exclusief, and the old words autochtoon/allochtoon. Written already normalised.
const VARIANTS: Array<[LabelMeaning, string[]]> = [
  [H('nederland'), ['nederland', 'netherlands', 'the netherlands', 'nl', 'nederlandse herkomst', 'dutch origin']],
  [
    H('europa'),
    [
      'europa', 'europe', 'europa excl nederland', 'europa exclusief nederland', 'europa excl nl',
      'europa zonder nederland', 'europe excl the netherlands', 'europe excluding the netherlands',
      'europe excl netherlands', 'europe excluding netherlands', 'europese herkomst', 'european origin',
    ],
  ],
  [H('buiten-europa'), ['buiten europa', 'outside europe', 'non europe', 'niet europa', 'rest of the world']],
  [H('buiten-europa', 'nederlandse-cariben'), ['nederlandse cariben', 'caribisch nederland', 'dutch caribbean']],
  [
    H('buiten-europa', 'overig-buiten-europa'),
    [
      'overig buiten europa', 'other outside europe', 'overig',
      // CBS StatLine: 'Buiten Europa (excl. 5 grote herkomstlanden)', cut at 40 characters in its CSV
      'buiten europa excl 5 grote herkomstlanden', 'buiten europa excl 5 grote herkomst', 'buiten europa exclusief 5 grote herkomstlanden',
    ],
  ],
  [H('buiten-europa', 'afrika'), ['afrika', 'africa']],
  [H('buiten-europa', 'azie'), ['azie', 'asia']],
  [H('buiten-europa', 'amerika-oceanie'), ['amerika en oceanie', 'amerika oceanie', 'america and oceania', 'americas and oceania']],
  [
    M('nederlands'),
    ['nederlandse achtergrond', 'nederlands', 'autochtoon', 'autochtonen', 'autochtone nederlanders', 'dutch background', 'dutch', 'native dutch'],
  ],
  [
    M('westers'),
    [
      'westerse migratieachtergrond', 'westers', 'westerse', 'westerse allochtoon', 'westerse allochtonen',
      'western migration background', 'western', 'western background', 'met westerse migratieachtergrond',
    ],
  ],
  [
    M('niet-westers'),
    [
      'niet westerse migratieachtergrond', 'niet westers', 'niet westerse', 'niet westerse allochtoon',
      'niet westerse allochtonen', 'non western migration background', 'non western', 'non western background',
      'met niet westerse migratieachtergrond',
    ],
  ],
  [
    M('niet-westers', 'antillen-aruba'),
    [
      'antillen aruba', 'antillen en aruba', 'nederlandse antillen en aruba', 'nederlandse antillen aruba',
      'voormalige nederlandse antillen en aruba', 'voormalige nederlandse antillen aruba', 'netherlands antilles and aruba',
      'former netherlands antilles and aruba', 'antilles aruba',
    ],
  ],
  [
    M('niet-westers', 'overig-niet-westers'),
    [
      'overig niet westers', 'overig niet westerse', 'other non western', 'overige niet westerse migratieachtergrond',
      'overig niet westerse migratieachtergrond', 'overige niet westers',
      // StatLine CSV cuts labels at 40 characters
      'overige niet westerse migratieachterg',
    ],
  ],
  [
    M('westers', 'overig-westers'),
    ['overig westers', 'overig westerse', 'overige westerse migratieachtergrond', 'overig westerse migratieachtergrond', 'other western'],
  ],
  // Indonesia is outside Europe in the herkomst scheme and western in the old one (DOMAIN.md §2)
  [{ herkomst: { main: 'buiten-europa', detail: 'indonesie' }, migratieachtergrond: { main: 'westers', detail: 'indonesie' } }, ['indonesie', 'indonesia']],
  // Staff whose origin is not known (a pivot table's '(leeg)'): counted in neither scheme's groups
  [
    { herkomst: { main: UNKNOWN }, migratieachtergrond: { main: UNKNOWN } },
    [
      'leeg', 'blank', 'onbekend', 'unknown', 'niet bekend', 'onbekende herkomst', 'onbekend herkomstland',
      'onbekende migratieachtergrond', 'origin unknown', 'unknown origin',
    ],
  ],
  [
    { herkomst: { main: 'buiten-europa', detail: 'turkije' }, migratieachtergrond: { main: 'niet-westers', detail: 'turkije' } },
    ['turkije', 'turkey', 'turkish'],
  ],
  [
    { herkomst: { main: 'buiten-europa', detail: 'marokko' }, migratieachtergrond: { main: 'niet-westers', detail: 'marokko' } },
    ['marokko', 'morocco', 'moroccan'],
  ],
  [
    { herkomst: { main: 'buiten-europa', detail: 'suriname' }, migratieachtergrond: { main: 'niet-westers', detail: 'suriname' } },
    ['suriname'],
  ],
];

const LABELS = new Map<string, LabelMeaning>();
for (const [meaning, variants] of VARIANTS) for (const v of variants) LABELS.set(v, meaning);

/** The meaning of an origin label as written, or undefined when it is not an origin label. */
export function findLabel(text: string): LabelMeaning | undefined {
  return LABELS.get(normaliseLabel(text));
}

/** The schemes a label can belong to. */
export function labelSchemes(meaning: LabelMeaning): SchemeId[] {
  return (Object.keys(meaning) as SchemeId[]).filter((s) => meaning[s] !== undefined);
}
