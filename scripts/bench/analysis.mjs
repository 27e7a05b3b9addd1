// Recomputes every measure (compareGroup + a Wilson interval per category + testGroup) for 2,000
// groups × 3 categories after a change of benchmark; sizes Zipf-like 10..2,000, seeded. Reference
// in the same run: a plain loop computing only the shares of the same groups. Every group is at or
// above the Internal preset's minimum (10), so every group is tested and most small ones take the
// exact binomial path: the worst case.
// The analysis area may not be in src/core/index.ts yet, so this section bundles its own entry.
import { loadavg, cpus } from 'node:os';
import { bundleForNode } from './_bundle.mjs';
import { timeMedian, timeRatio } from './_stats.mjs';

const CATEGORIES = ['nederland', 'europa', 'buiten-europa'];
const BENCHMARKS = [
  { nederland: 0.72, europa: 0.12, 'buiten-europa': 0.16 },
  { nederland: 0.78, europa: 0.09, 'buiten-europa': 0.13 },
];

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeGroups() {
  const rand = mulberry32(20261129);
  const groups = [];
  for (let i = 0; i < 2000; i++) {
    const total = Math.max(10, Math.floor(2000 / (1 + Math.floor(rand() * 2000))));
    const shareNl = 0.55 + 0.4 * rand();
    const eu = Math.round(total * (1 - shareNl) * rand());
    const nl = Math.min(total - eu, Math.round(total * shareNl));
    groups.push({ total, counts: { nederland: nl, europa: eu, 'buiten-europa': total - nl - eu } });
  }
  return groups;
}

async function loadAnalysis(core, root, out) {
  if (typeof core.compareGroup === 'function' && typeof core.testGroup === 'function') return core;
  return bundleForNode(root, out, 'src/core/analysis/index.ts', 'analysis.mjs');
}

export default async function ({ core, root, out }) {
  const { compareGroup, wilsonInterval, testGroup } = await loadAnalysis(core, root, out);
  const groups = makeGroups();
  let turn = 0;
  let sink = 0;

  const measureAll = () => {
    const benchmark = BENCHMARKS[turn++ % 2];
    const results = new Array(groups.length);
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      const measures = compareGroup(g.counts, g.total, benchmark, CATEGORIES);
      const intervals = {};
      for (const c of CATEGORIES) intervals[c] = wilsonInterval(g.counts[c], g.total);
      const test = testGroup(g.counts, g.total, benchmark, CATEGORIES, { minGroupSize: 10 });
      results[i] = { measures, intervals, test };
    }
    sink += results.length;
    return results;
  };
  const sharesOnly = () => {
    const results = new Array(groups.length);
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      const shares = {};
      for (const c of CATEGORIES) shares[c] = g.total > 0 ? g.counts[c] / g.total : null;
      results[i] = shares;
    }
    sink += results.length;
    return results;
  };

  const methods = {};
  for (const r of measureAll()) methods[r.test.method] = (methods[r.test.method] ?? 0) + 1;
  const medianMs = await timeMedian(measureAll, { runs: 31, warmup: 15 });
  const { candidateMs, referenceMs, ratio } = await timeRatio(measureAll, sharesOnly, { pairs: 21, warmup: 5 });
  console.log(`groups: 2000 × 3 categories; tests used: ${JSON.stringify(methods)}`);
  console.log(`all measures after a benchmark change: median ${medianMs.toFixed(2)} ms (target ≤ 16 ms)`);
  console.log(`same run, paired: measures ${candidateMs.toFixed(2)} ms vs shares-only loop ${referenceMs.toFixed(3)} ms: ratio ${ratio.toFixed(1)}×`);
  // Timings on a shared machine swing with its load: print it so a reader can judge the figures.
  console.log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  if (sink < 0) console.log(sink);
}
