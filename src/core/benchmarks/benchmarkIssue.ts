import type { Issue, Locale } from '../types';

type Params = Record<string, string | number>;
type Texts = { nl: (p: Params) => string; en: (p: Params) => string };

/** Every message of the benchmark area, in Dutch and English; `p` fills the blanks. */
const MESSAGES: Record<string, Texts> = {
  'not-an-object': { nl: (p) => `${p.what} is geen object.`, en: (p) => `${p.what} is not an object.` },
  'missing-field': { nl: (p) => `Het veld '${p.field}' ontbreekt of is ongeldig.`, en: (p) => `The field '${p.field}' is missing or invalid.` },
  'unknown-scheme': { nl: (p) => `De herkomstindeling '${p.value}' is onbekend; gebruik 'herkomst' of 'migratieachtergrond'.`, en: (p) => `The origin scheme '${p.value}' is unknown; use 'herkomst' or 'migratieachtergrond'.` },
  'key-not-a-dimension': { nl: (p) => `De sleutel '${p.field}' is geen dimensie van deze tabel.`, en: (p) => `The key '${p.field}' is not a dimension of this table.` },
  'missing-category': { nl: (p) => `Het aandeel voor categorie '${p.field}' ontbreekt.`, en: (p) => `The share of category '${p.field}' is missing.` },
  'unknown-category': { nl: (p) => `De categorie '${p.field}' hoort niet bij de indeling ${p.scheme}.`, en: (p) => `The category '${p.field}' is not part of the ${p.scheme} scheme.` },
  'share-out-of-range': { nl: (p) => `Het aandeel voor '${p.field}' (${p.value}) ligt niet tussen 0 en 1.`, en: (p) => `The share of '${p.field}' (${p.value}) is not between 0 and 1.` },
  'shares-not-summing': { nl: (p) => `De aandelen tellen op tot ${p.value} in plaats van 1.`, en: (p) => `The shares add up to ${p.value} instead of 1.` },
  'bad-denominator': { nl: (p) => `De noemer (${p.value}) is geen niet-negatief getal.`, en: (p) => `The denominator (${p.value}) is not a non-negative number.` },
  'duplicate-key': { nl: (p) => `De cel ${p.value} komt meer dan eens voor.`, en: (p) => `The cell ${p.value} occurs more than once.` },
  'no-benchmark-tables': { nl: () => 'Er zijn geen benchmarktabellen geladen.', en: () => 'No benchmark tables are loaded.' },
  'scheme-unavailable': {
    nl: (p) => `Er is geen benchmark in de indeling '${p.scheme}'. Cijfers in een andere herkomstindeling zijn niet te vergelijken en worden niet gebruikt.`,
    en: (p) => `There is no benchmark in the '${p.scheme}' scheme. Figures in another origin scheme are not comparable and are not used.`,
  },
  'nearest-year': { nl: (p) => `Er is geen benchmark voor ${p.requested}; het dichtstbijzijnde jaar ${p.used} is gebruikt.`, en: (p) => `There is no benchmark for ${p.requested}; the nearest year, ${p.used}, is used.` },
  'cell-fallback': { nl: (p) => `Geen benchmarkcel voor ${p.requested}; gebruikt is ${p.used}.`, en: (p) => `No benchmark cell for ${p.requested}; ${p.used} is used instead.` },
  'unknown-format': { nl: () => 'Dit bestand is geen StatLine-CSV, CBS OData-JSON of benchmarksjabloon.', en: () => 'This file is not a StatLine CSV, CBS OData JSON or benchmark template.' },
  'no-data': { nl: () => 'Er zijn geen gegevensregels gevonden.', en: () => 'No data rows were found.' },
  'no-origin': { nl: () => 'Er is geen herkomstindeling gevonden: geen kolom of onderwerp met herkomst of migratieachtergrond.', en: () => 'No origin classification was found: no column or topic with origin or migration background.' },
  'no-year': { nl: () => 'Er is geen jaar gevonden; voeg een kolom Perioden of jaar toe.', en: () => 'No year was found; add a Perioden or year column.' },
  'mixed-schemes': { nl: () => 'Het bestand mengt herkomst en migratieachtergrond; die zijn niet te vergelijken. Importeer ze apart.', en: () => 'The file mixes herkomst and migratieachtergrond, which are not comparable. Import them separately.' },
  'unmatched-codes': { nl: (p) => `In kolom '${p.column}' zijn ${p.count} waarden niet herkend en overgeslagen: ${p.values}.`, en: (p) => `In column '${p.column}', ${p.count} values were not recognised and were skipped: ${p.values}.` },
  'incomplete-cells': { nl: (p) => `${p.count} cellen missen een herkomstcategorie of zijn geheim ('.') en zijn overgeslagen.`, en: (p) => `${p.count} cells lack an origin category or are secret ('.') and were skipped.` },
  'ignored-topics': { nl: (p) => `Alleen het onderwerp '${p.used}' is gebruikt; genegeerd: ${p.values}.`, en: (p) => `Only the topic '${p.used}' is used; ignored: ${p.values}.` },
  'template-missing-column': { nl: (p) => `De kolom '${p.column}' ontbreekt in het sjabloon.`, en: (p) => `The template lacks the column '${p.column}'.` },
  'no-rows-left': { nl: () => 'Na het koppelen bleef er geen bruikbare cel over.', en: () => 'No usable cell was left after matching.' },
  'composite-empty': { nl: () => 'De samengestelde benchmark heeft geen onderdelen met een positief aantal medewerkers.', en: () => 'The composite benchmark has no parts with a positive headcount.' },
  'composite-bad-headcount': { nl: (p) => `Onderdeel ${p.row} heeft een ongeldig aantal medewerkers (${p.value}).`, en: (p) => `Part ${p.row} has an invalid headcount (${p.value}).` },
};

/** Builds an issue with the message of `code` in `locale`. Unknown codes are programmer errors. */
export function benchmarkIssue(
  code: string,
  params: Params = {},
  options: { locale?: Locale; severity?: Issue['severity']; row?: number; column?: string } = {},
): Issue {
  const texts = MESSAGES[code];
  if (!texts) throw new Error(`benchmarkIssue: unknown code '${code}'`);
  const issue: Issue = { severity: options.severity ?? 'error', code, message: texts[options.locale ?? 'nl'](params) };
  if (options.row !== undefined) issue.row = options.row;
  if (options.column !== undefined) issue.column = options.column;
  return issue;
}

