/** How numbers are written in one file. */
export interface NumberFormat {
  decimal: ',' | '.';
  /** '' = no thousands separator expected; spaces between digit groups are always accepted. */
  thousands: '.' | ',' | ' ' | '';
  /** False when nothing in the file showed which separator is the decimal one. */
  decimalKnown: boolean;
}

/** A cell that holds no number. */
export type NotANumber = 'empty' | 'suppressed' | 'invalid';

// CBS and HR systems hide small or unknown cells with these marks: unknown, never zero.
const SUPPRESSED = /^(?:\.|\.\.|x|X|-|–|—|<\s*\d+)$/;
const SPACES = /[\s\u00a0\u202f]/g;
const DIGITS = /^\d+$/;

/**
 * Reads a cell as a number in the file's format: '1.234,5', '1 234', '12%' and '−3' are
 * numbers; '.', 'x', '-', '<5' are suppressed. An ambiguous '1.234' (one separator, three
 * digits after it, the decimal unknown) is read as the caller prefers: `wholeNumber` reads
 * it as thousands (counts are whole), otherwise as a decimal; `isAmbiguous` tells the caller.
 */
export function readNumber(raw: string, fmt: NumberFormat, wholeNumber = true): number | NotANumber {
  if (DIGITS.test(raw)) return Number(raw);
  let s = raw.trim();
  if (s === '') return 'empty';
  if (SUPPRESSED.test(s)) return 'suppressed';
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  else if (s.startsWith('%')) s = s.slice(1).trimStart();
  s = s.replace(SPACES, '');
  let sign = 1;
  const first = s[0];
  if (first === '-' || first === '−' || first === '+') {
    sign = first === '+' ? 1 : -1;
    s = s.slice(1);
  }
  if (DIGITS.test(s)) return sign * Number(s);
  if (!fmt.decimalKnown && isAmbiguousBody(s)) {
    const value = wholeNumber ? Number(s.replace(/[.,]/, '')) : Number(s.replace(',', '.'));
    return sign * value;
  }
  const value = readBody(s, fmt.decimal);
  return Number.isNaN(value) ? 'invalid' : sign * value;
}

/** True for '1.234' or '1,234' when the file does not say which separator is the decimal. */
export function isAmbiguous(raw: string, fmt: NumberFormat): boolean {
  if (fmt.decimalKnown) return false;
  return isAmbiguousBody(raw.trim().replace(/%$/, '').replace(SPACES, '').replace(/^[-−+]/, ''));
}

function isAmbiguousBody(s: string): boolean {
  return /^\d{1,3}[.,]\d{3}$/.test(s);
}

const PATTERNS = {
  ',': { grouped: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/, plain: /^(?:\d+(?:,\d*)?|,\d+)$/ },
  '.': { grouped: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/, plain: /^(?:\d+(?:\.\d*)?|\.\d+)$/ },
};

function readBody(s: string, decimal: ',' | '.'): number {
  const { grouped, plain } = PATTERNS[decimal];
  if (!grouped.test(s) && !plain.test(s)) return NaN;
  const sep = decimal === ',' ? '.' : ',';
  return Number(s.split(sep).join('').replace(decimal, '.'));
}

/**
 * Infers the decimal separator from sample cells. Evidence: a separator followed by other
 * than three digits is a decimal ('74,1'); two of the same separator are thousands
 * ('1.234.567'); both together ('1.234,5') decide both.
 */
export function sniffNumberFormat(cells: Iterable<string>, fallbackDecimal: ',' | '.'): NumberFormat {
  let comma = 0;
  let point = 0;
  let space = false;
  for (const raw of cells) {
    const c = raw.trim().replace(/%$/, '').trim().replace(/^[-−+]/, '');
    if (DIGITS.test(c) || c === '') continue;
    if (/^\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d+)?$/.test(c)) space = true;
    const s = c.replace(SPACES, '');
    if (/^\d*,(\d{1,2}|\d{4,})$/.test(s) || /^\d{4,},\d+$/.test(s) || /\.\d{3},\d+$/.test(s) || /^\d{1,3}(\.\d{3}){2,}$/.test(s)) comma++;
    if (/^\d*\.(\d{1,2}|\d{4,})$/.test(s) || /^\d{4,}\.\d+$/.test(s) || /,\d{3}\.\d+$/.test(s) || /^\d{1,3}(,\d{3}){2,}$/.test(s)) point++;
  }
  const decimalKnown = comma + point > 0;
  const decimal = !decimalKnown ? fallbackDecimal : comma >= point ? ',' : '.';
  const thousands = space ? ' ' : decimal === ',' ? '.' : ',';
  return { decimal, thousands, decimalKnown };
}
