// publish with its exact audit as the publish worker runs it (publishByParts: each year on its own;
// HiGHS in Node through the worker's own adapter), median of 3: the demo (without its precomputed
// patterns), 180 groups (2 years × 30 units × 3 levels) and 2,000 groups (2 × 100 × 10); with
// BENCH_LARGE=1 also 2,000 groups × 5 years (200 units × 10 levels per year, sizes Zipf-like
// 1..2000: nearly every group small; also a median of 3). Beside each time: the extra suppression (cells
// hidden only to protect others, and the persons in them), and for the tables with years the time
// after one year is edited, its other years kept (the cache by content).
// With years and from 5,000 groups also the time as the client runs it: the years audited at once
// on one worker thread per core (at most 4; publishPool), then put side by side.
// Reference in the same run: building the 2,000 × 5 margins without any suppression.
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundleForNode } from './_bundle.mjs';
import loadHighs from 'highs';
import { timeMedian } from './_stats.mjs';

const CATEGORIES = ['nederland', 'europa', 'buiten-europa'];
const SUBSETS = [[], ['jaar'], ['afdeling'], ['niveau'], ['jaar', 'afdeling'], ['jaar', 'niveau'], ['afdeling', 'niveau'], ['jaar', 'afdeling', 'niveau']];

export function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeDataset(units = 200, levels = 10, years = 5, largest = 2000) {
  const rand = mulberry32(20261129);
  const groups = [];
  for (let u = 0; u < units; u++) {
    for (let l = 0; l < levels; l++) {
      // P(size ≥ s) ≈ 1/s: most groups are small, a few are near `largest`.
      const base = Math.max(1, Math.floor(largest / (1 + Math.floor(rand() * largest))));
      const shareNl = 0.55 + 0.4 * rand();
      const shareEu = (1 - shareNl) * rand();
      for (let y = 2020; y < 2020 + years; y++) {
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
  return bundleForNode(root, out, 'src/core/privacy/index.ts', 'privacy.mjs');
}

/** The publish worker's HiGHS adapter, bundled for Node like the core. */
export async function loadSolver(root, out) {
  const { highsSolver } = await bundleForNode(root, out, 'src/workers/publishSolver.ts', 'publishSolver.mjs');
  return highsSolver(await loadHighs());
}

/** The app's pool (src/workers/publishPool.ts), bundled for Node like the core. */
function loadPool(root, out) {
  return bundleForNode(root, out, 'src/workers/publishPool.ts', 'publishPool.mjs');
}

/**
 * As PublishClient runs a large dataset with years (publishWithPool): its years audited at once on
 * `slots` worker threads (started, with their HiGHS, inside the time measured), then the whole put
 * side by side from the kept years by the first.
 */
async function publishPooled(pool, dataset, preset, slots, out) {
  const threads = Array.from({ length: slots }, () => new Worker(new URL('./_publishThread.mjs', import.meta.url), {
    workerData: { core: join(out, 'core.mjs'), solver: join(out, 'publishSolver.mjs') },
  }));
  let nextId = 0;
  const run = (data, slot, kept) =>
    new Promise((resolve) => {
      const id = nextId++;
      const listen = (message) => message.id === id && (threads[slot].off('message', listen), resolve(message));
      threads[slot].on('message', listen);
      threads[slot].postMessage({ id, dataset: data, preset, kept });
    });
  try {
    return await pool.publishWithPool(dataset, preset, [], slots, run);
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}

/** Persons in the finest cells hidden only to protect others (margins overlap them, so only the finest). */
function extraPersons(dataset, table) {
  const byKey = new Map(dataset.groups.map((g) => [dataset.dimensions.map((d) => g.key[d]).join('\u0001'), g]));
  let persons = 0;
  for (const c of table.cells) {
    if (c.reason !== 'complementary' || Object.keys(c.key).length !== dataset.dimensions.length) continue;
    const g = byKey.get(dataset.dimensions.map((d) => c.key[d]).join('\u0001'));
    persons += c.category === 'total' ? 0 : (g?.counts[c.category] ?? 0);
  }
  return persons;
}

/** The dataset with one more nederland person in the last group of its last year. */
function withOneMore(dataset) {
  const year = dataset.dimensions.find((d) => ['jaar', 'year', 'peiljaar'].includes(d));
  const last = year ? [...dataset.groups].map((g) => g.key[year]).sort().at(-1) : undefined;
  const at = dataset.groups.findLastIndex((g) => !year || g.key[year] === last);
  return {
    ...dataset,
    groups: dataset.groups.map((g, i) => (i === at ? { ...g, total: g.total + 1, counts: { ...g.counts, nederland: (g.counts.nederland ?? 0) + 1 } } : g)),
  };
}

export default async function ({ core, root, out }) {
  const privacy = await loadPrivacy(core, root, out);
  const solver = await loadSolver(root, out);
  const pool = await loadPool(root, out);
  // As the client sizes its pool (POOL_MAX 4, one per core): 2 on the shared bench machines.
  const slots = Math.min(4, availableParallelism());
  const reference = makeDataset();
  const marginsMs = await timeMedian(() => buildMargins(reference), { runs: 3, warmup: 1 });
  console.log(`reference: margins of 2,000 groups × 5 years without suppression ${marginsMs.toFixed(1)} ms`);
  const sizes = [
    ['demo', core.demoDataset(), 3],
    ['180 groups', makeDataset(30, 3, 2, 300), 3],
    ['2,000 groups', makeDataset(100, 10, 2, 400), 1],
    ...(process.env.BENCH_LARGE ? [['2,000 groups × 5 years', reference, 3]] : []),
  ];
  // BENCH_PRESETS=standard,cbs and BENCH_SIZES=years (sizes whose name contains it) narrow a long run.
  const presets = process.env.BENCH_PRESETS?.split(',') ?? ['standard', 'internal', 'cbs'];
  for (const [name, dataset, runs] of sizes.filter(([name]) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(',').some((s) => name.includes(s)))) {
    for (const preset of presets) {
      let result;
      const ms = await timeMedian(() => (result = privacy.publishByParts(dataset, preset, solver)), { runs, warmup: 0 });
      const { table, stats, fresh } = result;
      // One more person in one group of the last year: that year is audited again, the rest reused.
      const edited = withOneMore(dataset);
      // With years and from 5,000 groups (POOL_MIN_GROUPS) the client audits the years at once (publishPool).
      let pooled;
      const poolMs = fresh.length > 1 && dataset.groups.length >= 5000 && slots > 1
        ? await timeMedian(async () => (pooled = await publishPooled(pool, dataset, preset, slots, out)), { runs, warmup: 0 })
        : undefined;
      if (pooled && JSON.stringify(pooled.table) !== JSON.stringify(table)) throw new Error(`${name} '${preset}': the pool published another table.`);
      const editMs = fresh.length > 1 ? await timeMedian(() => privacy.publishByParts(edited, preset, solver, { kept: fresh }), { runs, warmup: 0 }) : undefined;
      // "Done once": a reload or a change of view rebuilds the table from its kept pattern.
      const kept = { key: privacy.publishKey(dataset, preset), pattern: privacy.encodePattern(privacy.patternOf(table)) };
      const keptMs = await timeMedian(() => privacy.publishKept(dataset, preset, kept), { runs: 3, warmup: 1 });
      console.log(
        `${name} '${preset}': ${ms.toFixed(0)} ms (${(ms / marginsMs).toFixed(0)}× the margins); ` +
          `${stats.primary} cells hidden by the rules, ${stats.complementary} more to protect them ` +
          `(${extraPersons(dataset, table)} persons in finest cells); audited: ${stats.audited}; ` +
          `reused from its kept table: ${keptMs.toFixed(0)} ms` +
          (poolMs === undefined ? '' : `; its years at once on ${slots} workers: ${poolMs.toFixed(0)} ms (${(poolMs / ms).toFixed(2)}×)`) +
          (editMs === undefined ? '' : `; one year edited, the others kept: ${editMs.toFixed(0)} ms (${(editMs / ms).toFixed(2)}×)`),
      );
    }
  }
}
