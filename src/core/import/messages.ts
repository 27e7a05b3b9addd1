import type { Issue, Locale } from '../types';

/** Values a message may mention. */
export type MessageParams = Record<string, string | number>;

type Template = (p: MessageParams) => string;

const AGGREGATES_NL =
  'Herkomst per persoon is een bijzonder persoonsgegeven (AVG artikel 9); Barometer werkt alleen met totalen per groep. ' +
  'Maak eerst een overzicht met aantallen per groep en herkomst, bijvoorbeeld met een draaitabel in Excel of met de CBS-barometer, en laad dat in.';
const AGGREGATES_EN =
  'Origin per person is special-category personal data (GDPR article 9); Barometer works on totals per group only. ' +
  'First make a table of counts per group and origin, for example with a pivot table in Excel or with the CBS barometer, and load that instead.';

/** Every issue code with its sentence in Dutch and English. */
export const MESSAGES = {
  'empty-file': {
    nl: () => 'Het bestand is leeg.',
    en: () => 'The file is empty.',
  },
  'header-only': {
    nl: () => 'Het bestand bevat alleen een kopregel en geen gegevens.',
    en: () => 'The file holds only a header row and no data.',
  },
  'not-a-table': {
    nl: () => 'Dit bestand is geen tabel: lees een CSV-bestand (tekst met scheidingstekens) of een Excel-bestand (.xlsx) in.',
    en: () => 'This file is not a table: load a CSV file (text with delimiters) or an Excel file (.xlsx).',
  },
  'no-origin-columns': {
    nl: () =>
      'Er is geen kolom met herkomst gevonden: geef een kolom "Herkomst" met een kolom "Aantal", of een kolom per herkomstgroep (Nederland, Europa, Buiten Europa).',
    en: () =>
      'No origin column was found: give an "Origin" column with a "Count" column, or one column per origin group (Netherlands, Europe, Outside Europe).',
  },
  'person-identifying-column': {
    nl: (p) => `De kolom "${p.column}" identificeert personen; zulke bestanden worden niet ingelezen. ${AGGREGATES_NL}`,
    en: (p) => `The column "${p.column}" identifies people; such files are not loaded. ${AGGREGATES_EN}`,
  },
  'person-level': {
    nl: () => `Dit bestand heeft één regel per medewerker en geen kolom met aantallen; het wordt niet ingelezen. ${AGGREGATES_NL}`,
    en: () => `This file has one row per employee and no count column; it is not loaded. ${AGGREGATES_EN}`,
  },
  'not-a-number': {
    nl: (p) => `"${p.value}" is geen getal.`,
    en: (p) => `"${p.value}" is not a number.`,
  },
  'negative-count': {
    nl: (p) => `Het aantal ${p.value} is negatief; aantallen zijn nul of meer.`,
    en: (p) => `The count ${p.value} is negative; counts are zero or more.`,
  },
  'fractional-count': {
    nl: (p) => `Het aantal ${p.value} is geen geheel getal; tel personen, geen fte.`,
    en: (p) => `The count ${p.value} is not a whole number; count persons, not FTE.`,
  },
  'missing-count': {
    nl: () => 'Deze cel is leeg; vul een aantal in, of een punt (.) als het aantal onbekend of geheim is.',
    en: () => 'This cell is empty; enter a count, or a full stop (.) when the count is unknown or suppressed.',
  },
  'ambiguous-number': {
    nl: (p) =>
      `Het getal "${p.value}" kan op twee manieren gelezen worden; het is gelezen als ${p.read}. Kies het decimaalteken als dat niet klopt.`,
    en: (p) =>
      `The number "${p.value}" can be read in two ways; it was read as ${p.read}. Choose the decimal separator if that is wrong.`,
  },
  'ragged-row': {
    nl: (p) => `Deze regel heeft ${p.found} cellen, de kopregel ${p.expected}.`,
    en: (p) => `This row has ${p.found} cells, the header row ${p.expected}.`,
  },
  'duplicate-row': {
    nl: (p) =>
      `Deze groep (vanaf regel ${p.first}) heeft deze herkomst al; elke combinatie van groep en herkomst mag één keer voorkomen.`,
    en: (p) => `This group (from row ${p.first}) already has this origin; each combination of group and origin may appear once.`,
  },
  'unknown-category': {
    nl: (p) => `"${p.value}" is geen bekende herkomstgroep (bijvoorbeeld Nederland, Europa, Buiten Europa).`,
    en: (p) => `"${p.value}" is not a known origin group (for example Netherlands, Europe, Outside Europe).`,
  },
  'mixed-schemes': {
    nl: (p) =>
      `"${p.value}" hoort bij de CBS-indeling ${p.other === 'herkomst' ? 'herkomst (sinds 2022)' : 'migratieachtergrond (tot 2022)'}, de hoofdgroepen van dit bestand bij ${p.scheme === 'herkomst' ? 'herkomst (sinds 2022)' : 'migratieachtergrond (tot 2022)'}. De twee indelingen zijn niet om te rekenen; gebruik één indeling.`,
    en: (p) =>
      `"${p.value}" belongs to the CBS classification ${p.other === 'herkomst' ? 'origin (since 2022)' : 'migration background (until 2022)'}, this file's main groups to ${p.scheme === 'herkomst' ? 'origin (since 2022)' : 'migration background (until 2022)'}. The two cannot be converted; use one.`,
  },
  'percentages-sum': {
    nl: (p) => `De percentages tellen op tot ${p.sum} in plaats van 100.`,
    en: (p) => `The percentages add up to ${p.sum} instead of 100.`,
  },
  'invalid-percentage': {
    nl: (p) => `Het percentage ${p.value} ligt niet tussen 0 en 100.`,
    en: (p) => `The percentage ${p.value} is not between 0 and 100.`,
  },
  'missing-headcount': {
    nl: () =>
      'Dit zijn percentages zonder aantallen. Voeg een kolom "Aantal medewerkers" toe met het aantal medewerkers per groep ' +
      '(uit uw eigen personeelsadministratie); dan rekent Barometer de aantallen uit. Percentages worden nooit als aantallen opgeslagen.',
    en: () =>
      'These are percentages without counts. Add a column "Number of employees" with the number of employees per group ' +
      '(from your own HR records); Barometer then works out the counts. Percentages are never stored as counts.',
  },
  'total-mismatch': {
    nl: (p) => `Het totaal ${p.total} wijkt af van de som ${p.sum}.`,
    en: (p) => `The total ${p.total} differs from the sum ${p.sum}.`,
  },
  'duplicate-column': {
    nl: (p) => `De kolommen ${p.firstLetter} ("${p.first}") en ${p.letter} ("${p.column}") zijn dezelfde kolom; elk aantal mag maar één keer meetellen. Verwijder of hernoem er één.`,
    en: (p) => `Columns ${p.firstLetter} ("${p.first}") and ${p.letter} ("${p.column}") are the same column; each count may be counted only once. Remove or rename one.`,
  },
  'detail-exceeds-main': {
    nl: (p) => `De detailgroepen (zoals Turkije, Marokko) tellen op tot ${p.detail}, meer dan de hoofdgroep zelf (${p.value}); ze horen erbinnen te vallen.`,
    en: (p) => `The detail groups (such as Turkey, Morocco) add up to ${p.detail}, more than the main group itself (${p.value}); they should fall within it.`,
  },
  'all-zero': {
    nl: () => 'Alle aantallen in dit bestand zijn 0. Controleer het filter of de draaitabel waaruit het bestand komt.',
    en: () => 'Every count in this file is 0. Check the filter or pivot table the file came from.',
  },
  'pivot-blank-zero': {
    nl: (p) => `Dit is een draaitabel: ${p.n} lege cellen zijn gelezen als 0 (Excel laat een cel zonder medewerkers leeg).`,
    en: (p) => `This is a pivot table: ${p.n} empty cells were read as 0 (Excel leaves a cell without employees empty).`,
  },
  'unknown-origin': {
    nl: (p) => `Medewerkers zonder bekende herkomst (${p.n}) zijn niet meegeteld in de herkomstgroepen en het totaal.`,
    en: (p) => `Employees of unknown origin (${p.n}) are left out of the origin groups and the total.`,
  },
  'no-groups': {
    nl: () => 'Het bestand bevat geen groepen met aantallen.',
    en: () => 'The file holds no groups with counts.',
  },
  'no-such-sheet': {
    nl: (p) => `Het werkblad "${p.sheet}" bestaat niet in dit Excel-bestand.`,
    en: (p) => `The sheet "${p.sheet}" does not exist in this Excel file.`,
  },
  'no-table-in-workbook': {
    nl: (p) => `Geen van de werkbladen (${p.sheets}) bevat een tabel met herkomstgroepen; kies het werkblad met de tabel.`,
    en: (p) => `None of the sheets (${p.sheets}) holds a table of origin groups; choose the sheet with the table.`,
  },
  cancelled: {
    nl: () => 'Het inlezen is afgebroken.',
    en: () => 'The import was cancelled.',
  },
} satisfies Record<string, Record<Locale, Template>>;

/** Every code an import or validation issue may carry: a misspelt code fails the type check. */
export type ImportIssueCode = keyof typeof MESSAGES;

/** 'Werkblad "Cijfers": ', put before each message of an XLSX import. */
export function sheetPrefix(locale: Locale, sheet: string): string {
  return locale === 'nl' ? `Werkblad "${sheet}": ` : `Sheet "${sheet}": `;
}

/** Builds an issue whose message comes from the catalogue in the requested locale. */
export function makeIssue(
  code: ImportIssueCode,
  locale: Locale,
  at: { row?: number; column?: string; severity?: Issue['severity'] } = {},
  params: MessageParams = {},
): Issue<ImportIssueCode> {
  const template: Record<Locale, Template> | undefined = MESSAGES[code];
  if (!template) throw new Error(`No message for issue code '${code}'`);
  const issue: Issue<ImportIssueCode> = { severity: at.severity ?? 'error', code, message: template[locale]({ ...at, ...params }) };
  if (at.row !== undefined) issue.row = at.row;
  if (at.column !== undefined) issue.column = at.column;
  return issue;
}
