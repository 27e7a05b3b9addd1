// publish() on 2,000 groups (200 units × 10 levels) × 3 categories × 5 years, sizes Zipf-like
// 1..2000, seeded. Reference in the same run: building the same margins without any suppression.
// Until src/core/index.ts re-exports the privacy area, this section bundles its own entry.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { timeRatio } from './_stats.mjs';

const CATEGORIES = ['nederland', 'europa', 'buiten-europa'];
const SUBSETS = [[], ['jaar'], ['afdeling'], ['niveau'], ['jaar', 'afdeling'], ['jaar', 'niveau'], ['afdeling', 'niveau'], ['jaar', 'afdeling', 'niveau']];

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeDataset() {
  const rand = mulberry32(20261129);
  const groups = [];
  for (let u = 0; u < 200; u++) {
    for (let l = 0; l < 10; l++) {
      // P(size ≥ s) ≈ 1/s: most groups are small, a few are near 2,000.
      const base = Math.max(1, Math.floor(2000 / (1 + Math.floor(rand() * 2000))));
      const shareNl = 0.55 + 0.4 * rand();
      const shareEu = (1 - shareNl) * rand();
      for (let y = 2020; y < 2025; y++) {
        const total = Math.max(1, Math.round(base * (0.9 + 0.2 * rand())));
        const eu = Math.round(total * shareEu);
        const nl = Math.min(total - eu, Math.round(total * shareNl));
        const counts = { nederland: nl, europa: eu, 'buiten-europa': total - nl - eu };
        groups.push({ key: { jaar: String(y), afdeling: `unit-${u}`, niveau: `level-${l}` }, total, counts });
      }
    }
  }
  return { scheme: 'herkomst', dimensions: ['jaar', 'afdeling', 'niveau'], groups };
}

/** What a view would do without disclosure control: sum every group into every margin. */
function buildMargins(dataset) {
  return SUBSETS.map((dims) => {
    const sums = new Map();
    for (const g of dataset.groups) {
      const id = dims.map((d) => g.key[d]).join('\u0001');
      let row = sums.get(id);
      if (!row) sums.set(id, (row = [0, 0, 0, 0]));
      CATEGORIES.forEach((c, i) => (row[i] += g.counts[c]));
      row[3] += g.total;
    }
    return sums;
  });
}

/** The privacy exports: from `core` once src/core/index.ts re-exports them, else from their own bundle. */
async function loadPrivacy(core, root, out) {
  if (typeof core.publishWithStats === 'function') return core;
  await build({
    root,
    logLevel: 'warn',
    configFile: false,
    publicDir: false,
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      ssr: true,
      lib: { entry: join(root, 'src/core/privacy/index.ts'), formats: ['es'], fileName: () => 'privacy.mjs' },
      rollupOptions: { external: [/^node:/], output: { entryFileNames: 'privacy.mjs' } },
    },
    ssr: { noExternal: true },
  });
  return import(pathToFileURL(join(out, 'privacy.mjs')).href);
}

export default async function ({ core, root, out }) {
  const privacy = await loadPrivacy(core, root, out);
  const dataset = makeDataset();
  for (const preset of ['standard', 'internal', 'cbs']) {
    const { table, stats } = privacy.publishWithStats(dataset, preset);
    const t = await timeRatio(() => privacy.publish(dataset, preset), () => buildMargins(dataset), { pairs: 5 });
    console.log(
      `publish '${preset}': ${table.cells.length} cells, ${stats.primary} hidden by the rules, ` +
        `${stats.complementary} more by complementary suppression (audited: ${stats.audited}); ` +
        `${t.candidateMs.toFixed(1)} ms vs ${t.referenceMs.toFixed(1)} ms for margins alone ` +
        `(ratio ${t.ratio.toFixed(1)}; target under 200 ms)`,
    );
  }
}
