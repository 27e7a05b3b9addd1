// The build resolves the bare `d3-interpolate` to this module (vite.config.ts). d3-scale's
// continuous scales import the generic `interpolate`, which parses colours (d3-color) and would
// put ~3.6 KiB gzip into the first load. Every Barometer scale maps numbers to numbers, so a
// numeric subset is enough; anything else is a programmer error and says so.

type Interpolator = (t: number) => number;

export function interpolateNumber(a: number, b: number): Interpolator {
  return (t) => a * (1 - t) + b * t;
}

export function interpolateRound(a: number, b: number): Interpolator {
  return (t) => Math.round(a * (1 - t) + b * t);
}

export function interpolate(a: unknown, b: unknown): Interpolator {
  if (typeof a !== 'number' || typeof b !== 'number') {
    throw new TypeError('Barometer scales interpolate numbers only');
  }
  return interpolateNumber(a, b);
}

/** Only sequential and diverging scales use this; Barometer draws neither. */
export function piecewise(): never {
  throw new TypeError('Barometer draws no piecewise (sequential or diverging) scales');
}
