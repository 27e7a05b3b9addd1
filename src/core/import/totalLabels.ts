const TOTAL_LABELS = new Set([
  'totaal', 'total', 'totaal organisatie', 'organisatie totaal', 'totaal generaal', 'eindtotaal', 'grand total',
  'totaal alle', 'alle medewerkers', 'all employees', 'whole organisation', 'whole organization', 'hele organisatie',
]);

/**
 * True when a normalised dimension or origin label names a total: 'Totaal organisatie', 'Total',
 * a pivot table's 'Eindtotaal' and its subtotals ('Techniek Totaal', 'Total Techniek').
 */
export function isTotalLabel(norm: string): boolean {
  return TOTAL_LABELS.has(norm) || norm.endsWith(' totaal') || norm.endsWith(' total') || norm.startsWith('totaal ') || norm.startsWith('total ');
}
