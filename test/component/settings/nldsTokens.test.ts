import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The app's variables are read from NL Design System tokens (the last :root block of src/theme.css),
// so that an organisation's own NLDS theme restyles the app (docs/INTRANET.md). Those token names
// must be real ones: each is defined by at least one published NLDS theme (Utrecht's, light and
// dark, or the Rijkshuisstijl community's), and each has a fallback for a theme that lacks it.
const require = createRequire(import.meta.url);
const themeCss = readFileSync('src/theme.css', 'utf8');
const published = [
  '@utrecht/design-tokens/dist/theme.css',
  '@utrecht/design-tokens/dist/dark/theme.css',
  '@rijkshuisstijl-community/design-tokens/dist/index.css',
].map((path) => readFileSync(require.resolve(path), 'utf8'));

const mappingBlock = [...themeCss.matchAll(/^:root\s*\{([^}]*)\}/gm)].at(-1)?.[1] ?? '';
const mapping = [...mappingBlock.matchAll(/--([\w-]+):\s*var\(--(utrecht-[\w-]+),\s*([^;]+)\);/g)].map((m) => ({
  variable: m[1]!,
  token: m[2]!,
  fallback: m[3]!.trim(),
}));

describe('the app variables read NLDS tokens', () => {
  it('maps the colours and the font the components use', () => {
    expect(mapping.map((m) => m.variable)).toEqual(
      expect.arrayContaining(['font', 'bg', 'text', 'text-muted', 'border', 'accent', 'accent-text', 'focus', 'danger', 'notice-bg', 'chart-grid']),
    );
  });

  it.each(mapping.map((m) => [m.variable, m.token, m.fallback]))('--%s reads --%s, defined by a published theme, with fallback %s', (_v, token, fallback) => {
    expect(published.some((css) => css.includes(`--${token}:`))).toBe(true);
    expect(fallback.length).toBeGreaterThan(0);
  });

  it('has the default theme define every token it maps', () => {
    const own = themeCss.slice(themeCss.indexOf('.barometer-theme {'));
    for (const { token } of mapping) expect(own).toContain(`--${token}:`);
  });
});
