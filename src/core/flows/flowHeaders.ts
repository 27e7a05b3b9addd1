import { normaliseLabel } from '../classification/normaliseLabel';
import { flowKind } from './flowKind';

// Written normalised (normaliseLabel): lower case, punctuation as single spaces.
export const FLOW_HEADERS: Record<'period' | 'kind' | 'stage' | 'order' | 'fromLevel' | 'toLevel', string[]> = {
  period: ['jaar', 'periode', 'year', 'period', 'kwartaal', 'quarter', 'maand', 'month', 'peildatum'],
  kind: ['stroom', 'soort stroom', 'type stroom', 'flow', 'flow type', 'kind', 'mutatie', 'soort mutatie'],
  stage: ['fase', 'wervingsfase', 'stap', 'stage', 'funnel stage', 'recruitment stage', 'step'],
  order: ['volgorde', 'order', 'rang', 'fase volgorde', 'stage order'],
  fromLevel: ['van niveau', 'van', 'niveau van', 'from level', 'from'],
  toLevel: ['naar niveau', 'naar', 'niveau naar', 'to level', 'to'],
};

/** Stage headers no staff file uses for anything else ('Stap' or 'Step' may be a salary step). */
const FUNNEL_ONLY = ['fase', 'wervingsfase', 'funnel stage', 'recruitment stage'];

/**
 * Whether a column of a staff file is a flow's own ('Stroom' with instroom/uitstroom values, or a
 * funnel 'Fase'): then the file holds flows, which the stock import must not read as staff counts.
 */
export function isFlowColumn(header: string, values: readonly string[]): boolean {
  const norm = normaliseLabel(header);
  if (FUNNEL_ONLY.includes(norm)) return true;
  return FLOW_HEADERS.kind.includes(norm) && values.some((v) => flowKind(v) !== undefined);
}
