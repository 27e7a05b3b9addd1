import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// WCAG 2.1 contrast of Barometer's default NLDS theme palette in src/theme.css: 4.5:1 for text
// (1.4.3), 3:1 for focus rings, borders of controls and chart marks (1.4.11). The light set is the
// plain :root block; the dark set stands twice (system preference, explicit choice) and must match.
const css = readFileSync('src/theme.css', 'utf8');

function palette(selector: RegExp): Record<string, string> {
  const block = selector.exec(css)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/--barometer-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const LIGHT = palette(/^:root\s*\{([^}]*)\}/m);
const DARK_SYSTEM = palette(/:root:not\(\[data-theme='light'\]\)\s*\{([^}]*)\}/);
const DARK_CHOSEN = palette(/:root\[data-theme='dark'\]\s*\{([^}]*)\}/);

function tokens(theme: 'light' | 'dark'): Record<string, string> {
  const set = theme === 'light' ? LIGHT : DARK_CHOSEN;
  // Charts draw bars in the accent and marks in the text colour (the mapping at the end of theme.css).
  return { ...set, 'chart-bar': set.accent!, 'chart-marker': set.text! };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const PAIRS: Array<[foreground: string, background: string, minimum: number]> = [
  ['text', 'bg', 4.5],
  ['text', 'surface', 4.5],
  ['text', 'notice-bg', 4.5],
  ['text-muted', 'bg', 4.5],
  ['text-muted', 'surface', 4.5],
  ['accent-text', 'accent', 4.5],
  ['accent', 'bg', 4.5],
  ['danger', 'bg', 4.5],
  ['bg', 'danger', 4.5],
  ['focus', 'bg', 3],
  ['border', 'bg', 3],
  ['chart-bar', 'bg', 3],
  ['chart-marker', 'bg', 3],
];

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const t = tokens(theme);

  it('defines every token it is checked on', () => {
    for (const [fg, bg] of PAIRS) expect([t[fg], t[bg]]).toEqual([expect.any(String), expect.any(String)]);
  });

  it.each(PAIRS)('%s on %s reaches %s:1', (fg, bg, minimum) => {
    expect(contrast(t[fg]!, t[bg]!)).toBeGreaterThanOrEqual(minimum);
  });
});

it('has one dark set, whether the system or the settings ask for dark', () => {
  expect(Object.keys(DARK_SYSTEM).length).toBeGreaterThan(10);
  expect(DARK_SYSTEM).toEqual(DARK_CHOSEN);
});

describe('contrast()', () => {
  it('is 21 for black on white and 1 for equal colours', () => {
    // (1 + 0.05) / (0 + 0.05) = 21
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
  });
});
