import type { ColumnRole } from '../types';
import { findLabel, type LabelMeaning } from '../classification/labels';
import { findLabelById } from '../classification/findLabelById';
import { normaliseLabel } from '../classification/normaliseLabel';

/** What the importer made of one header cell. */
export type ColumnPlan =
  | { kind: 'dimension'; header: string; id: string }
  | { kind: 'category'; header: string; meaning: LabelMeaning; percent: boolean }
  | { kind: 'origin' | 'count' | 'total' | 'ignore' | 'person'; header: string };

const ORIGIN = new Set([
  'herkomst', 'herkomstgroep', 'herkomst cbs', 'herkomstcategorie', 'origin', 'origin group', 'origin category',
  'country of origin', 'migratieachtergrond', 'migration background', 'achtergrond', 'background', 'herkomstland',
]);
const COUNT = new Set([
  'aantal', 'aantallen', 'count', 'n', 'aantal medewerkers', 'aantal werknemers', 'aantal personen', 'medewerkers',
  'werknemers', 'personen', 'headcount', 'number', 'number of employees', 'employees', 'persons', 'frequentie',
  'frequency', 'aantal banen', 'banen', 'jobs', 'aantal personeelsleden', 'personeelsleden', 'staff',
]);
const TOTAL = new Set(['totaal', 'total', 'totaal aantal', 'totaal medewerkers', 'eindtotaal', 'grand total', 'som', 'sum']);
// Headers that identify a person: such a file is per-person data and is refused.
const PERSON = new Set([
  'personeelsnummer', 'personeelsnr', 'pers nr', 'persnr', 'medewerkernummer', 'medewerker nummer', 'medewerker id',
  'werknemernummer', 'werknemer id', 'employee id', 'employee number', 'staff number', 'staff id', 'personnel number',
  'naam', 'name', 'voornaam', 'achternaam', 'first name', 'last name', 'surname', 'full name', 'volledige naam',
  'roepnaam', 'geboortedatum', 'geboortedag', 'date of birth', 'birth date', 'birthdate', 'dob', 'postcode',
  'postal code', 'zip', 'zip code', 'zipcode', 'e mail', 'email', 'emailadres', 'e mail adres', 'email address',
  'e mail address', 'bsn', 'burgerservicenummer', 'sofinummer', 'sofi nummer', 'social security number', 'adres',
  'address', 'telefoon', 'telefoonnummer', 'phone', 'phone number',
]);

/** True for headers such as 'Nederland (%)', '% Europa' or 'Percentage Buiten Europa'. */
function isPercentHeader(header: string): boolean {
  return /%|\bprocent\b|\bpercentage\b|\bpct\b/i.test(header);
}

function stripPercent(header: string): string {
  return header.replace(/%|\bprocent\b|\bpercentage\b|\bpct\b/gi, ' ');
}

/** Dimension id of a header: its normalised text with hyphens, e.g. 'Functie niveau' -> 'functie-niveau'. */
export function dimensionId(header: string): string {
  return normaliseLabel(header).replace(/ /g, '-') || 'kolom';
}

/** Gives each header a role, from the user's mapping when given, else from header synonyms. */
export function mapColumns(header: string[], mapping: Record<string, ColumnRole> = {}): ColumnPlan[] {
  const used = new Set<string>();
  return header.map((h) => {
    const plan = mapped(h, mapping[h]) ?? guess(h);
    if (plan.kind !== 'dimension') return plan;
    let id = plan.id;
    for (let n = 2; used.has(id); n++) id = `${plan.id}-${n}`;
    used.add(id);
    return { ...plan, id };
  });
}

function mapped(header: string, role: ColumnRole | undefined): ColumnPlan | undefined {
  if (!role) return undefined;
  if (role.kind === 'dimension') return { kind: 'dimension', header, id: role.id };
  if (role.kind === 'category') {
    const meaning = findLabelById(role.id);
    return meaning ? { kind: 'category', header, meaning, percent: isPercentHeader(header) } : undefined;
  }
  return { kind: role.kind, header };
}

function guess(header: string): ColumnPlan {
  const norm = normaliseLabel(header);
  if (PERSON.has(norm)) return { kind: 'person', header };
  if (ORIGIN.has(norm)) return { kind: 'origin', header };
  // a pivot table's value field: 'Aantal van Personeelsnummer', 'Count of Employee ID'
  if (COUNT.has(norm) || /^(?:aantal|som|count|sum) (?:van|of) /.test(norm)) return { kind: 'count', header };
  if (norm === 'rijlabels' || norm === 'row labels') return { kind: 'dimension', header, id: 'groep' };
  if (TOTAL.has(norm)) return { kind: 'total', header };
  if (norm === '') return { kind: 'ignore', header };
  const meaning = findLabel(stripPercent(header));
  if (meaning) return { kind: 'category', header, meaning, percent: isPercentHeader(header) };
  return { kind: 'dimension', header, id: dimensionId(header) };
}
