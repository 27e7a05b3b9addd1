import type { SchemeId } from '../types';
import { SCHEMES } from './schemes';
import { findLabel, type LabelMeaning } from './labels';

// Detail ids and a label that carries them; main ids come from SCHEMES.
const DETAIL_LABELS: Record<string, string> = {
  turkije: 'Turkije', marokko: 'Marokko', suriname: 'Suriname', 'nederlandse-cariben': 'Nederlandse Cariben',
  indonesie: 'Indonesië', 'overig-buiten-europa': 'Overig buiten Europa', afrika: 'Afrika', azie: 'Azië',
  'amerika-oceanie': 'Amerika en Oceanië', 'antillen-aruba': 'Antillen en Aruba', 'overig-niet-westers': 'Overig niet-westers', 'overig-westers': 'Overig westers',
};

/** The meaning of a canonical category id (main or detail), as a column mapping names it. */
export function findLabelById(id: string): LabelMeaning | undefined {
  for (const scheme of Object.keys(SCHEMES) as SchemeId[]) {
    if (SCHEMES[scheme].some((c) => c.id === id)) return { [scheme]: { main: id } };
  }
  const label = DETAIL_LABELS[id];
  return label ? findLabel(label) : undefined;
}
