import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Zero egress, checked on the build output (global-setup builds dist/ and dist-single/): no file
// may hold an http(s) address except these, none of which the app ever requests (the CSP would
// block it anyway: connect-src 'self' or 'none', img-src 'self' data: blob:).
const ALLOWED: Array<{ prefix: string; why: string; files?: RegExp }> = [
  // Namespace names are identifiers that look like URLs; no browser or parser fetches them.
  { prefix: 'http://www.w3.org/2000/svg', why: 'SVG namespace' },
  { prefix: 'http://www.w3.org/1999/xlink', why: 'XLink namespace (SVG)' },
  { prefix: 'http://www.w3.org/1999/xhtml', why: 'XHTML namespace (Svelte runtime)' },
  { prefix: 'http://www.w3.org/1998/Math/MathML', why: 'MathML namespace (Svelte runtime)' },
  { prefix: 'http://www.w3.org/XML/1998/namespace', why: 'XML namespace (XLSX)' },
  { prefix: 'http://www.w3.org/2000/xmlns/', why: 'xmlns namespace' },
  { prefix: 'http://schemas.openxmlformats.org/', why: 'Office Open XML namespaces of the XLSX writer/reader' },
  { prefix: 'http://purl.oclc.org/ooxml/', why: 'strict Office Open XML namespaces of the XLSX reader' },
  { prefix: 'http://schemas.microsoft.com/office/', why: 'Office XML namespaces of the XLSX writer' },
  { prefix: 'http://purl.org/dc/', why: 'Dublin Core namespaces in XLSX document properties' },
  // Text, never requested: the source of a CBS figure is shown to the user as provenance.
  { prefix: 'https://www.cbs.nl/', why: 'CBS source address shown as benchmark provenance' },
  { prefix: 'https://opendata.cbs.nl/', why: 'CBS StatLine table address shown as benchmark provenance' },
  // Text inside error messages of libraries, only ever printed to the console.
  { prefix: 'https://svelte.dev/e/', why: "Svelte's error-message documentation links" },
  { prefix: 'http://web.mit.edu/lpsolve/doc/CPLEX-format.htm', why: "HiGHS's message on LP-text syntax errors (we pass arrays, never LP text)" },
  { prefix: 'https://bit.ly/wb-precache', why: 'Workbox console warning text', files: /(^|\/)(sw|workbox-[\w-]+)\.js$/ },
];

const URL_PATTERN = /https?:\/\/[A-Za-z0-9][^\s"'`<>()\\]*/g;
/** Licence comments (`/*! … *\/` or containing @license) may name their project's home page. */
const LICENCE_COMMENT = /\/\*(?:!|[^*]*?@license)[\s\S]*?\*\//g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every address in `text` that no allow-list entry covers for `file`. */
function foreignUrls(file: string, text: string): string[] {
  const scanned = text.replace(LICENCE_COMMENT, '');
  return [...scanned.matchAll(URL_PATTERN)]
    .map((m) => m[0])
    .filter((url) => !ALLOWED.some((a) => url.startsWith(a.prefix) && (!a.files || a.files.test(file))));
}

describe('foreignUrls (the scanner itself)', () => {
  it.each([
    ['app.js', 'fetch("https://fonts.googleapis.com/css")', ['https://fonts.googleapis.com/css']],
    ['app.js', 'const ns="http://www.w3.org/2000/svg"', []],
    ['app.js', '/*! lib v1 | https://example.org/lib */ x()', []],
    ['app.js', '/* @license Lib https://example.org/lib License: MIT */', []],
    ['app.js', '// see https://example.org/docs', ['https://example.org/docs']],
    ['app.js', 'warn("https://bit.ly/wb-precache")', ['https://bit.ly/wb-precache']],
    ['sw.js', 'warn("https://bit.ly/wb-precache")', []],
    ['app.js', 'p="http://"', []],
  ])('%s: %s', (file, text, expected) => {
    expect(foreignUrls(file, text)).toEqual(expected);
  });
});

describe.each(['dist', 'dist-single'])('the build in %s', (dir) => {
  it('holds no http(s) address outside the allow-list', () => {
    const files = filesUnder(dir);
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((file) =>
      foreignUrls(file.replaceAll('\\', '/'), readFileSync(file, 'latin1')).map((url) => `${file}: ${url}`),
    );
    expect(found).toEqual([]);
  });
});
