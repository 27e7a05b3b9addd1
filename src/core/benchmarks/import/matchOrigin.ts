import type { SchemeId } from '../../types';
import { normaliseLabel, stripSuffix } from './normaliseLabel';

/** An origin label matched to a scheme's main category, or to the total over all origins. */
export type OriginMatch = { kind: 'category'; scheme: SchemeId; id: string } | { kind: 'total' };

const ALIASES: Array<[SchemeId | 'total', string, string[]]> = [
  ['herkomst', 'nederland', ['nederland', 'herkomst nederland', 'herkomstland nederland', 'netherlands', 'the netherlands']],
  ['herkomst', 'europa', ['europa exclusief nederland', 'europa (exclusief nederland)', 'herkomstland europa (exclusief nederland)', 'europa', 'europe (exclusief the netherlands)', 'europe exclusief the netherlands', 'europe']],
  ['herkomst', 'buiten-europa', ['buiten europa', 'herkomstland buiten europa', 'outside europe']],
  ['migratieachtergrond', 'nederlands', ['nederlandse achtergrond', 'dutch background', 'autochtoon', 'autochtonen']],
  ['migratieachtergrond', 'westers', ['westerse migratieachtergrond', 'westers', 'western migration background', 'westerse allochtonen', 'westerse allochtoon']],
  ['migratieachtergrond', 'niet-westers', ['niet westerse migratieachtergrond', 'niet westers', 'non western migration background', 'niet westerse allochtonen', 'niet westerse allochtoon']],
  ['total', '', ['totaal', 'total', 'totaal herkomst', 'totaal herkomstland', 'alle herkomstlanden', 'totaal migratieachtergrond', 'totaal herkomstgroepering', 'all origins']],
];

const LOOKUP = new Map<string, OriginMatch>();
for (const [scheme, id, labels] of ALIASES) {
  for (const label of labels) LOOKUP.set(normaliseLabel(label), scheme === 'total' ? { kind: 'total' } : { kind: 'category', scheme, id });
}

/**
 * Matches an origin label as CBS and HR files write it ('Europa (exclusief Nederland)',
 * 'Buiten-Europa', 'Westerse migratieachtergrond', 'autochtoon', English labels, our own ids).
 * For a joined StatLine header ('Banen / Buiten Europa') the last part that matches wins.
 */
export function matchOrigin(label: string): OriginMatch | undefined {
  const parts = label.split(' / ').reverse();
  for (const part of parts) {
    const key = normaliseLabel(stripSuffix(part));
    const hit = LOOKUP.get(key);
    if (hit) return hit;
    for (const [scheme, id] of ALIASES) if (scheme !== 'total' && key === id.replace('-', ' ')) return { kind: 'category', scheme, id };
  }
  return undefined;
}
