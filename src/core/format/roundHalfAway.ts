/**
 * Moves the decimal point of a number `places` to the right (negative: to the left) on its
 * shortest decimal representation, so 0.1245 shifted by 2 is exactly 12.45 and not the
 * 12.450000000000001 that `0.1245 * 100` gives.
 */
export function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/**
 * Rounds to `digits` decimals, half away from zero, on the number as it is printed: 12.45 -> 12.5
 * and 1.005 -> 1.01, as a reader rounds the figure by hand (CBS "rekenkundig afronden").
 * `toFixed` (which d3-format uses) rounds the binary value instead and gives 12.4 and 1.00,
 * so every formatter and serialiser rounds here first. Never returns -0.
 */
export function roundHalfAway(value: number, digits: number): number {
  if (!Number.isInteger(digits) || digits < 0 || digits > 15) {
    throw new RangeError(`roundHalfAway: digits must be an integer from 0 to 15, got ${digits}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`roundHalfAway: value must be a finite number, got ${value}`);
  }
  const rounded = shiftDecimal(Math.round(shiftDecimal(Math.abs(value), digits)), -digits);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
