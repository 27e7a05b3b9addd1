/**
 * The sentences of the look-up and composite issues (core returns a code with its parameters;
 * wordIssue.ts words them). In the shell: the overview shows the benchmark's notes.
 */
export const benchmarkNotesNl = {
  'benchmarkIssue.part': '{part}: ',
  'benchmarkIssue.no-benchmark-tables': 'Er zijn geen benchmarktabellen geladen.',
  'benchmarkIssue.scheme-unavailable': "Er is geen benchmark in de indeling '{scheme}'. Cijfers in een andere herkomstindeling zijn niet te vergelijken en worden niet gebruikt.",
  'benchmarkIssue.nearest-year': 'Er is geen benchmark voor {requested}; het dichtstbijzijnde jaar {used} is gebruikt.',
  'benchmarkIssue.cell-fallback': 'Geen benchmarkcel voor {requested}; gebruikt is {used}.',
  'benchmarkIssue.composite-empty': 'De samengestelde benchmark heeft geen onderdelen met een positief aantal medewerkers.',
  'benchmarkIssue.composite-bad-headcount': 'Onderdeel {row} heeft een ongeldig aantal medewerkers ({value}).',
};
