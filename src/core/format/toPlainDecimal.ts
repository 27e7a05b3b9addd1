/**
 * Writes a finite number in plain decimal notation with a '.' point and ASCII '-', the shortest
 * form that reads back as the same number, never in exponent notation: 1e-7 -> '0.0000001'.
 * Machine-readable exports use it so that no consumer has to parse '1e-7'.
 */
export function toPlainDecimal(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`toPlainDecimal: value must be a finite number, got ${value}`);
  }
  const text = String(Object.is(value, -0) ? 0 : value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${lead}${fraction}`;
  // String() only uses a positive exponent from 1e21 up, where the fraction always fits.
  return `${sign}${lead}${fraction}${'0'.repeat(exponent - fraction.length)}`;
}
