// `npm run benchmarks:build`: writes the bundled benchmark files in public/benchmarks/ from the CBS
// source files copied to data/cbs/ (real figures; CC BY 4.0, "Bron: CBS, StatLine <table id>") and
// the documented assumptions in scripts/benchmark-inputs/benchmark-assumptions.json (modelled
// tables). Deterministic: the same inputs give byte-identical files. The generator itself is
// TypeScript in src/core/benchmarks/ (unit-tested there); vite's runnerImport loads it without a build.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'benchmarks');
const read = (path) => readFileSync(join(root, path), 'utf8');
const inputs = JSON.parse(read('scripts/benchmark-inputs/benchmark-assumptions.json'));
const files = {
  herkomstNational: read('data/cbs/origin/85456NED-arbeidsdeelname-herkomst-nederland-2013-2024.csv'),
  migratieNational: read('data/cbs/origin/82809NED-arbeidsdeelname-migratieachtergrond-nederland-2003-2022.csv'),
  herkomstRegions: read('data/cbs/origin/85512NED-arbeidsdeelname-herkomst-regios-2021.csv'),
  regionalTrend: read('data/cbs/origin/86008NED-arbeidsdeelname-herkomst-regios-2014-2023.csv'),
  amCodes: read('data/cbs/codes/arbeidsmarktregios-84916NED-2022.csv'),
  jobs: read('data/cbs/weights/83583NED-banen-werknemers-sbi-bedrijfsgrootte-2010-2019.csv'),
  sbiKeys: read('data/cbs/codes/83583NED-sbi2008-keys.csv'),
};

const { module } = await runnerImport(join(root, 'src/core/benchmarks/real/buildBundledBenchmarks.ts'), {
  root,
  configFile: false,
  logLevel: 'warn',
});
const { tables, regions, trend } = module.buildBundledBenchmarks(files, inputs);

mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir)) if (f.endsWith('.json')) rmSync(join(outDir, f));

const manifest = [];
for (const table of tables) {
  const file = `${table.id}.json`;
  const text = JSON.stringify(table);
  writeFileSync(join(outDir, file), text);
  manifest.push({
    id: table.id,
    scheme: table.scheme,
    year: table.year,
    population: table.population,
    dimensions: table.dimensions,
    title: table.title,
    provenanceKind: table.provenance.kind,
    file,
    bytes: Buffer.byteLength(text),
  });
}
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
// Not tables: the regions of the regional table (for the region choice) and the regional trend.
writeFileSync(join(outDir, 'regions.json'), JSON.stringify(regions));
writeFileSync(join(outDir, 'trend-86008NED.json'), JSON.stringify(trend));
const totalBytes = manifest.reduce((s, m) => s + m.bytes, 0);
console.log(`${manifest.length} tables, ${(totalBytes / 1024).toFixed(0)} KiB in public/benchmarks/`);
for (const m of manifest) console.log(`${m.file.padEnd(40)} ${String(m.bytes).padStart(8)} bytes`);
