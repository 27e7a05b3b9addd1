import { normaliseLabel } from '../classification/normaliseLabel';
import type { FlowKind } from './types';

// Written normalised: Dutch and English, singular and plural, HR-system words.
const KINDS: Array<[FlowKind, string[]]> = [
  ['in', ['instroom', 'in', 'inflow', 'hires', 'hire', 'hired', 'new hires', 'indiensttreding', 'indiensttredingen', 'aanname', 'aannames']],
  ['promotion', ['doorstroom', 'promotion', 'promotions', 'promotie', 'promoties', 'bevordering', 'bevorderingen', 'internal mobility']],
  ['out', ['uitstroom', 'out', 'outflow', 'leavers', 'leaver', 'uitdiensttreding', 'uitdiensttredingen', 'vertrek', 'exits', 'exit']],
  ['funnel', ['werving', 'funnel', 'recruitment', 'wervingsfunnel', 'recruitment funnel', 'sollicitatie', 'sollicitaties']],
];
const BY_LABEL = new Map(KINDS.flatMap(([kind, labels]) => labels.map((l) => [l, kind] as const)));

/** The flow kind a 'Stroom' cell names ('Instroom', 'hires', 'Doorstroom'), or undefined. */
export function flowKind(cell: string): FlowKind | undefined {
  return BY_LABEL.get(normaliseLabel(cell));
}
