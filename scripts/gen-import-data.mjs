// Writes deterministic long-format aggregate files for the import benchmark:
// Jaar;Afdeling;Functieniveau;Geslacht;Herkomst;Aantal, UTF-8, ';', CRLF.
// 5 years × 1000 units × 10 levels × 2 genders = 100,000 groups × 7 origin labels
// (fine herkomst categories) = 700,000 rows (~27 MB); smaller files are prefixes in whole groups.
// Usage: node scripts/gen-import-data.mjs [outDir]  (default reports/bench)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SIZES = { '10k': 10_003, '100k': 100_002, '700k': 700_000 };
const ORIGINS = ['Nederland', 'Europa', 'Turkije', 'Marokko', 'Suriname', 'Nederlandse Cariben', 'Overig buiten Europa'];
const UNIT_WORDS = ['Zorg', 'Financiën', 'Cliëntondersteuning', 'ICT', 'Facilitair', 'Onderwijs', 'Logistiek', 'Inkoop'];

/** sfc32: small, fast, seeded; the same files on every machine. */
function sfc32(a, b, c, d) {
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** The file text for the first `rows` rows (rounded down to whole groups). */
export function generate(rows) {
  const random = sfc32(20241, 129, 7, 3);
  const out = ['Jaar;Afdeling;Functieniveau;Geslacht;Herkomst;Aantal'];
  let n = 0;
  for (let year = 2020; year <= 2024; year++)
    for (let u = 0; u < 1000; u++)
      for (let level = 1; level <= 10; level++)
        for (const gender of ['M', 'V']) {
            if (n + ORIGINS.length > rows) return out.join('\r\n') + '\r\n';
            const unit = `${UNIT_WORDS[u % UNIT_WORDS.length]} ${u}`;
            for (const origin of ORIGINS) {
              out.push(`${year};${unit};${level};${gender};${origin};${Math.floor(random() * random() * 400)}`);
              n++;
            }
        }
  return out.join('\r\n') + '\r\n';
}

const AGE_BANDS = ['15 - 25', '25 - 35', '35 - 45', '45 - 55', '55 - 65', '65 - 75'];
const MAIN_ORIGINS = ['Nederland', 'Europa', 'Buiten Europa'];

/**
 * The six-column file of issue 15: Jaar;Afdeling;Functieniveau;Leeftijd;Geslacht;Herkomst;Aantal,
 * 5 years × 300 units × 10 levels × 6 age bands × 2 genders = 180,000 groups × 3 origins
 * = 540,000 rows (~27 MB), UTF-8, ';', CRLF.
 */
export function generateSix() {
  const random = sfc32(20251205, 15, 7, 3);
  const out = ['Jaar;Afdeling;Functieniveau;Leeftijd;Geslacht;Herkomst;Aantal'];
  for (let year = 2020; year <= 2024; year++)
    for (let u = 0; u < 300; u++) {
      const unit = `Team ${UNIT_WORDS[u % UNIT_WORDS.length]} ${u}`;
      for (let level = 1; level <= 10; level++)
        for (const age of AGE_BANDS)
          for (const gender of ['M', 'V'])
            for (const origin of MAIN_ORIGINS) out.push(`${year};${unit};${level};${age};${gender};${origin};${Math.floor(random() * random() * 400)}`);
    }
  return out.join('\r\n') + '\r\n';
}

/** Writes every size to `dir` and returns { name: path }. */
export function writeAll(dir) {
  mkdirSync(dir, { recursive: true });
  const paths = {};
  for (const [name, rows] of Object.entries(SIZES)) {
    paths[name] = join(dir, `import-long-${name}.csv`);
    writeFileSync(paths[name], generate(rows));
  }
  paths.six = join(dir, 'import-long-six.csv');
  writeFileSync(paths.six, generateSix());
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'reports', 'bench');
  console.log(writeAll(dir));
}
