import { issueBuilder, type IssueTexts } from './benchmarkIssue';

/**
 * The messages about benchmark files (bundled tables, the manifest, CBS extracts and templates the
 * user imports), apart from the look-up's: the app loads them only with a file to check.
 */
const MESSAGES: IssueTexts = {
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
  'unknown-format': { nl: () => 'Dit bestand is geen StatLine-CSV, CBS OData-JSON of benchmarksjabloon.', en: () => 'This file is not a StatLine CSV, CBS OData JSON or benchmark template.' },
  'no-data': { nl: () => 'Er zijn geen gegevensregels gevonden.', en: () => 'No data rows were found.' },
  'no-origin': {
    nl: (p) => `Deze tabel heeft geen herkomstindeling: geen kolom of onderwerp met herkomst of migratieachtergrond${p.columns ? ` (kolommen: ${p.columns})` : ''}. Kies een CBS-tabel naar herkomst; zie de uitleg bij het importeren.`,
    en: (p) => `This table has no origin classification: no column or topic with origin or migration background${p.columns ? ` (columns: ${p.columns})` : ''}. Choose a CBS table by origin; see the guide with the import.`,
  },
  'metadata-only': {
    nl: (p) => `Dit is het onderdeel '${p.endpoint}' van CBS-tabel ${p.table}: een beschrijving zonder cijfers. Importeer de cijfers zelf: TypedDataSet (OData v3), Observations (OData v4) of een StatLine-CSV.`,
    en: (p) => `This is the '${p.endpoint}' part of CBS table ${p.table}: a description without figures. Import the figures: TypedDataSet (OData v3), Observations (OData v4) or a StatLine CSV.`,
  },
  'no-year': { nl: () => 'Er is geen jaar gevonden; voeg een kolom Perioden of jaar toe.', en: () => 'No year was found; add a Perioden or year column.' },
  'mixed-schemes': { nl: () => 'Het bestand mengt herkomst en migratieachtergrond; die zijn niet te vergelijken. Importeer ze apart.', en: () => 'The file mixes herkomst and migratieachtergrond, which are not comparable. Import them separately.' },
  'unmatched-codes': { nl: (p) => `In kolom '${p.column}' zijn ${p.count} waarden niet herkend en overgeslagen: ${p.values}.`, en: (p) => `In column '${p.column}', ${p.count} values were not recognised and were skipped: ${p.values}.` },
  'incomplete-cells': { nl: (p) => `${p.count} cellen missen een herkomstcategorie of zijn geheim ('.') en zijn overgeslagen.`, en: (p) => `${p.count} cells lack an origin category or are secret ('.') and were skipped.` },
  'ignored-topics': { nl: (p) => `Alleen het onderwerp '${p.used}' is gebruikt; genegeerd: ${p.values}.`, en: (p) => `Only the topic '${p.used}' is used; ignored: ${p.values}.` },
  'template-missing-column': { nl: (p) => `De kolom '${p.column}' ontbreekt in het sjabloon.`, en: (p) => `The template lacks the column '${p.column}'.` },
  'two-way-trend': {
    nl: (p) => `Dit bestand geeft per regio alleen het totaal en herkomst Nederland, niet Europa en Buiten Europa apart. Geïmporteerd als aandeel niet van Nederlandse herkomst (totaal − Nederland), ${p.years}, voor ${p.count} regio's: te zien als trend bij de benchmark, niet om mee te vergelijken.`,
    en: (p) => `This file gives only the total and origin Netherlands per region, not Europe and outside Europe separately. Imported as the share not of Dutch origin (total − Netherlands), ${p.years}, for ${p.count} regions: shown as the benchmark's trend, not compared with.`,
  },
  'no-rows-left': { nl: () => 'Na het koppelen bleef er geen bruikbare cel over.', en: () => 'No usable cell was left after matching.' },
};

/** An issue about a benchmark file with the message of `code` in `locale`. */
export const benchmarkFileIssue = issueBuilder(MESSAGES, 'benchmarkFileIssue');
