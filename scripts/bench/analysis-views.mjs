// The groups view model after a change of benchmark, for 2,000 groups × 3 categories:
// measureGroups (every measure and test per group, from the published groups already selected),
// then the view's own work: under the default sort the groups tested, the page of 25 measured and
// the chart model; under a sort by gap every row measured and sorted. Reference in the same run: publishedGroups
// alone for the same table, the step every view takes anyway. Sizes Zipf-like 10..2,000, seeded;
// all at or above the Internal minimum, so every group is tested (the worst case).
// The view models may not be in src/core/index.ts yet, so this section bundles its own entry.
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

/** A published table of 2,000 units in one year, as publish() would emit it (plus the year cell). */
function makeTable() {
  const rand = mulberry32(20261129);
  const cells = [];
  for (let i = 0; i < 2000; i++) {
    const key = { jaar: '2024', afdeling: `Unit ${String(i).padStart(4, '0')}` };
    const total = Math.max(10, Math.floor(2000 / (1 + Math.floor(rand() * 2000))));
    const shareNl = 0.55 + 0.4 * rand();
    const eu = Math.round(total * (1 - shareNl) * rand());
    const nl = Math.min(total - eu, Math.round(total * shareNl));
    cells.push({ key, category: 'total', value: total });
    cells.push({ key, category: 'nederland', value: nl }, { key, category: 'europa', value: eu }, { key, category: 'buiten-europa', value: total - nl - eu });
  }
  return { rules: { groupMin: 10, cellMin: 5 }, cells };
}

async function loadViews(core, root, out) {
  if (typeof core.measureGroups === 'function' && typeof core.publishedGroups === 'function') return core;
  const views = await bundleForNode(root, out, 'src/core/views/analysis/index.ts', 'analysis-views.mjs');
  const privacy = await bundleForNode(root, out, 'src/core/privacy/publishedGroups.ts', 'analysis-views-privacy.mjs');
  return { ...views, publishedGroups: privacy.publishedGroups };
}

export default async function ({ core, root, out }) {
  const { selectGroups, measureGroups, measureCells, testGroups, queryGroupRows, groupsChart, publishedGroups } = await loadViews(core, root, out);
  const table = makeTable();
  let turn = 0;
  let sink = 0;
  // Selecting the groups depends on the table, grouping and year, not the benchmark: done once.
  const selected = selectGroups(table, ['afdeling'], { jaar: '2024' }, CATEGORIES);
  const query = { sort: 'group', descending: false, text: '', category: '' };
  // The default order does not depend on the benchmark: sorted once, as the view does.
  const ordered = queryGroupRows(selected.cells, query);

  const modelOnly = () => {
    const m = measureGroups(selected, BENCHMARKS[turn++ % 2]);
    sink += m.rows.length;
  };
  // What the view does after a change of benchmark under a sort by a measure: every row measured and sorted again.
  const sortedByGap = () => {
    const benchmark = BENCHMARKS[turn++ % 2];
    const tests = testGroups(selected, benchmark);
    const rows = queryGroupRows(measureCells(selected.cells, benchmark, tests), { ...query, sort: 'gap' });
    const chart = groupsChart(rows, 'nederland', benchmark.nederland, tests);
    sink += measureCells(rows.slice(0, 25), benchmark, tests).length + chart.count;
  };
  // ... and under the default sort: the groups tested, the page of 25 rows measured, the chart drawn.
  const wholeView = () => {
    const benchmark = BENCHMARKS[turn++ % 2];
    const tests = testGroups(selected, benchmark);
    const chart = groupsChart(ordered, 'nederland', benchmark.nederland, tests);
    sink += measureCells(ordered.slice(0, 25), benchmark, tests).length + chart.count;
  };
  const reference = () => {
    sink += publishedGroups(table, ['afdeling', 'jaar']).length;
  };

  const modelMs = await timeMedian(modelOnly, { runs: 21, warmup: 8 });
  const viewMs = await timeMedian(wholeView, { runs: 21, warmup: 5 });
  const gapMs = await timeMedian(sortedByGap, { runs: 21, warmup: 5 });
  const { candidateMs, referenceMs, ratio } = await timeRatio(modelOnly, reference, { pairs: 15, warmup: 3 });
  console.log('groups view model: 2000 groups × 3 categories, one year, after a benchmark change');
  console.log(`measureGroups: median ${modelMs.toFixed(2)} ms (target ≤ 16 ms)`);
  console.log(`the view's work, default sort (groups tested, page of 25 measured, chart model): median ${viewMs.toFixed(2)} ms`);
  console.log(`the view's work, sorted by gap (every row measured and sorted, page, chart): median ${gapMs.toFixed(2)} ms`);
  console.log(`same run, paired: measureGroups ${candidateMs.toFixed(2)} ms vs publishedGroups alone ${referenceMs.toFixed(2)} ms: ratio ${ratio.toFixed(2)}×`);
  console.log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  if (sink < 0) console.log(sink);
}
