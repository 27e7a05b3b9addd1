// `npm run benchmarks:build`: generates the bundled, illustrative benchmark tables in
// public/benchmarks/ from the documented input scripts/benchmark-inputs/benchmark-assumptions.json.
// Deterministic: the same input gives byte-identical files. The generator itself is TypeScript in
// src/core/benchmarks/generate/ (unit-tested there); vite's runnerImport loads it without a build.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'benchmarks');
const inputs = JSON.parse(readFileSync(join(root, 'scripts/benchmark-inputs/benchmark-assumptions.json'), 'utf8'));

const { module } = await runnerImport(join(root, 'src/core/benchmarks/generate/buildBenchmarkTables.ts'), {
  root,
  configFile: false,
  logLevel: 'warn',
});
const tables = module.buildBenchmarkTables(inputs);

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
const totalBytes = manifest.reduce((s, m) => s + m.bytes, 0);
console.log(`${manifest.length} tables, ${(totalBytes / 1024).toFixed(0)} KiB in public/benchmarks/`);
for (const m of manifest) console.log(`${m.file.padEnd(40)} ${String(m.bytes).padStart(8)} bytes`);
