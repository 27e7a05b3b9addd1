/** First characters with which a spreadsheet may read a text cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a text cell that a spreadsheet could execute (`=HYPERLINK(…)`, `-2+3`, `@SUM(…)`)
 * by prefixing a single quote, as OWASP advises. Only text passes through here: number cells
 * are written as numbers, so a gap of −3,2 stays a number and keeps its minus sign.
 */
export function guardFormulaText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
