import { SCHEMES } from '../classification/schemes';
import type { Locale, SchemeId } from '../types';

/** The flow kinds a typed row can be, as the template names them. */
export type TypedFlowKind = 'in' | 'out' | 'promotion' | 'funnel';

/** One row as typed into the flows' hand-entry form: everything as the user typed it. */
export interface TypedFlow {
  period: string;
  kind: TypedFlowKind;
  /** Funnel stage ('funnel' only). */
  stage: string;
  /** Levels moved between ('promotion' only). */
  fromLevel: string;
  toLevel: string;
  /** Per main category id of the scheme. */
  counts: Record<string, string>;
}

// The template's words (flowTemplates.ts), which importFlows reads in either language.
const WORDS: Record<Locale, { header: string[]; kinds: Record<TypedFlowKind, string> }> = {
  nl: { header: ['Jaar', 'Stroom', 'Fase', 'Van niveau', 'Naar niveau'], kinds: { in: 'Instroom', out: 'Uitstroom', promotion: 'Doorstroom', funnel: 'Werving' } },
  en: { header: ['Year', 'Flow', 'Stage', 'From level', 'To level'], kinds: { in: 'Hires', out: 'Leavers', promotion: 'Promotion', funnel: 'Recruitment' } },
};

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

/**
 * Typed flows as the text of a wide flow file (a column per origin of the scheme, named in
 * `locale`), so that they take the one import route a file takes and every mistake comes back as
 * that route's issues, with row and column. Rows with no count typed are dropped; the rest goes
 * through as typed. Every cell is quoted, so a label may hold the delimiter.
 */
export function typedFlowText(scheme: SchemeId, rows: readonly TypedFlow[], locale: Locale): string {
  const { header, kinds } = WORDS[locale];
  const categories = SCHEMES[scheme];
  const body = rows
    .filter((r) => categories.some((c) => (r.counts[c.id] ?? '').trim() !== ''))
    .map((r) => [
      r.period.trim(),
      kinds[r.kind],
      r.kind === 'funnel' ? r.stage.trim() : '',
      r.kind === 'promotion' ? r.fromLevel.trim() : '',
      r.kind === 'promotion' ? r.toLevel.trim() : '',
      ...categories.map((c) => (r.counts[c.id] ?? '').trim()),
    ]);
  const delimiter = locale === 'nl' ? ';' : ',';
  return [[...header, ...categories.map((c) => c[locale])], ...body].map((cells) => cells.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}
