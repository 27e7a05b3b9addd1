// Import engine throughput and memory (issue #3). `npm run bench import`.
// Throughput: importTable(bytes) against the reference "decode + papaparse step over the same
// bytes, doing nothing per row", timed in ABBA pairs in one child process per file size.
// Memory: one child process per run, MEM_RUNS runs, the median reported; peak RSS (VmHWM) minus
// the RSS before the file was read, divided by the file size (a single run varies by a tenth with
// the collector's timing). Not resourceUsage().maxRSS: Linux carries that over from the parent
// across fork + exec, so small files showed the parent's RSS (~250x a 0.4 MB file). Targets: ratio <= 1.25 (>= 0.8x papaparse-alone),
// memory <= 4x the file size.
// `npm run bench import six` measures the six-column file only (any name in SIZES).
// Run directly as `node scripts/bench/import.mjs child <mode> <bundle> <file> [pairs warmup]` it is the child.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './_stats.mjs';

// [file, timed pairs, warm-up runs of each side]. A 10k file takes ~10 ms: a few pairs are at the
// mercy of the JIT and of the neighbours on this machine, so small files get more of both.
const SIZES = [
  ['10k', 31, 5],
  ['100k', 11, 2],
  ['700k', 3, 1],
  // issue 15: six grouping columns (year, unit, level, age band, gender, origin), ~180,000 groups
  ['six', 7, 1],
];
const MEM_RUNS = 5;

async function bundleImportCore(root, out) {
  // Loaded here, not at the top: the child processes this file also runs as need no Vite.
  const { bundleFile } = await import('./_bundle.mjs');
  return bundleFile(root, join(out, 'import-core'), 'src/core/import/index.ts', 'import.mjs');
}

export default async function ({ root, out }) {
  const bundle = await bundleImportCore(root, out);
  const gen = await import(pathToFileURL(join(root, 'scripts/gen-import-data.mjs')).href);
  const files = Object.fromEntries([...Object.keys(gen.SIZES), 'six'].map((name) => [name, join(out, `import-long-${name}.csv`)]));
  if (!Object.values(files).every(existsSync)) gen.writeAll(out);
  const self = fileURLToPath(import.meta.url);
  const child = (...args) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', self, 'child', ...args], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  const peakPerFile = (mode, file) => median(Array.from({ length: MEM_RUNS }, () => child(mode, bundle, file).peakPerFile));
  const onlyFile = process.argv[3];
  console.log(`Medians: time over the pairs shown, memory over ${MEM_RUNS} runs.`);
  console.log('| file | rows | MB | pairs | papaparse step ms | importTable ms | time ratio (target <= 1.25) | throughput vs papaparse | peak/file importTable (target <= 4) | peak/file papaparse |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, pairs, warmup] of SIZES) {
    if (onlyFile && name !== onlyFile) continue;
    const file = files[name];
    const mb = statSync(file).size / 1e6;
    const t = child('time', bundle, file, String(pairs), String(warmup));
    const memImport = peakPerFile('mem-import', file);
    const memRef = peakPerFile('mem-papa', file);
    console.log(
      `| import-long-${name}.csv | ${t.rows} | ${mb.toFixed(1)} | ${pairs} | ${t.referenceMs.toFixed(0)} | ${t.candidateMs.toFixed(0)} | ${t.ratio.toFixed(2)} | ${(1 / t.ratio).toFixed(2)}x | ${memImport.toFixed(2)} | ${memRef.toFixed(2)} |`,
    );
  }
}

/** This process's own peak RSS in bytes (Linux), else the inherited maxRSS. */
function peakRss() {
  try {
    const kb = /VmHWM:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {}
  return process.resourceUsage().maxRSS * 1024;
}

async function runChild([mode, bundle, file, pairs, warmup]) {
  const baseline = process.memoryUsage().rss;
  const { default: Papa } = await import('papaparse');
  const { importTable } = await import(pathToFileURL(bundle).href);
  const loaded = process.memoryUsage().rss;
  // a Buffer is a Uint8Array: no second copy of the file
  const bytes = readFileSync(file);
  let rows = 0;
  const reference = () => {
    rows = 0;
    const text = new TextDecoder().decode(bytes);
    Papa.parse(text, { delimiter: ';', newline: '\r\n', step: () => rows++ });
  };
  const candidate = () => {
    const result = importTable(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  };
  if (mode === 'time') {
    const { timeRatio } = await import('./_stats.mjs');
    const r = await timeRatio(candidate, reference, { pairs: Number(pairs), warmup: Number(warmup) });
    return { ...r, rows: rows - 1 };
  }
  (mode === 'mem-import' ? candidate : reference)();
  const peak = peakRss();
  return { peakPerFile: (peak - Math.max(baseline, loaded)) / bytes.length, peakMB: peak / 1e6 };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'child') {
  console.log(JSON.stringify(await runChild(process.argv.slice(3))));
}
