import type { Issue, Locale } from '../types';

type Params = Record<string, string | number>;
type Texts = { nl: (p: Params) => string; en: (p: Params) => string };

export type IssueTexts = Record<string, Texts>;

/** The messages of the look-up and the composite benchmark, in Dutch and English; `p` fills the blanks. */
const MESSAGES: IssueTexts = {
  'no-benchmark-tables': { nl: () => 'Er zijn geen benchmarktabellen geladen.', en: () => 'No benchmark tables are loaded.' },
  'scheme-unavailable': {
    nl: (p) => `Er is geen benchmark in de indeling '${p.scheme}'. Cijfers in een andere herkomstindeling zijn niet te vergelijken en worden niet gebruikt.`,
    en: (p) => `There is no benchmark in the '${p.scheme}' scheme. Figures in another origin scheme are not comparable and are not used.`,
  },
  'nearest-year': { nl: (p) => `Er is geen benchmark voor ${p.requested}; het dichtstbijzijnde jaar ${p.used} is gebruikt.`, en: (p) => `There is no benchmark for ${p.requested}; the nearest year, ${p.used}, is used.` },
  'cell-fallback': { nl: (p) => `Geen benchmarkcel voor ${p.requested}; gebruikt is ${p.used}.`, en: (p) => `No benchmark cell for ${p.requested}; ${p.used} is used instead.` },
  'composite-empty': { nl: () => 'De samengestelde benchmark heeft geen onderdelen met een positief aantal medewerkers.', en: () => 'The composite benchmark has no parts with a positive headcount.' },
  'composite-bad-headcount': { nl: (p) => `Onderdeel ${p.row} heeft een ongeldig aantal medewerkers (${p.value}).`, en: (p) => `Part ${p.row} has an invalid headcount (${p.value}).` },
};

/** Builds issues from `messages`; unknown codes are programmer errors. */
export function issueBuilder(messages: IssueTexts, name: string) {
  return (
    code: string,
    params: Params = {},
    options: { locale?: Locale; severity?: Issue['severity']; row?: number; column?: string } = {},
  ): Issue => {
    const texts = messages[code];
    if (!texts) throw new Error(`${name}: unknown code '${code}'`);
    const issue: Issue = { severity: options.severity ?? 'error', code, message: texts[options.locale ?? 'nl'](params) };
    if (options.row !== undefined) issue.row = options.row;
    if (options.column !== undefined) issue.column = options.column;
    return issue;
  };
}

/** An issue of the benchmark look-up with the message of `code` in `locale`. */
export const benchmarkIssue = issueBuilder(MESSAGES, 'benchmarkIssue');
