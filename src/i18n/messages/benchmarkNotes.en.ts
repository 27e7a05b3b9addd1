import type { benchmarkNotesNl } from './benchmarkNotes.nl';

/** The English of benchmarkNotes.nl.ts: the same keys, loaded when the user picks English. */
export const benchmarkNotesEn = {
  'benchmarkIssue.part': '{part}: ',
  'benchmarkIssue.no-benchmark-tables': 'No benchmark tables are loaded.',
  'benchmarkIssue.scheme-unavailable': "There is no benchmark in the '{scheme}' scheme. Figures in another origin scheme are not comparable and are not used.",
  'benchmarkIssue.nearest-year': 'There is no benchmark for {requested}; the nearest year, {used}, is used.',
  'benchmarkIssue.cell-fallback': 'No benchmark cell for {requested}; {used} is used instead.',
  'benchmarkIssue.composite-empty': 'The composite benchmark has no parts with a positive headcount.',
  'benchmarkIssue.composite-bad-headcount': 'Part {row} has an invalid headcount ({value}).',
} satisfies Record<keyof typeof benchmarkNotesNl, string>;
