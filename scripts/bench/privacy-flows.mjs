// publishFlows (issue #18): flows published under the same rules as the stocks and audited with
// the stock table through the stock–flow links. 2,000 stock groups (2 years × 100 units × 10
// levels, privacy.mjs's generator) with seeded hires and leavers per unit and origin that agree
// with the stocks (stock(2021) = stock(2020) + in − out, so every link holds). One run per preset.
// Reported: the stock table's own publish() (reference, same run), publish() of the flow table
// alone, and publishFlows; cells hidden by the rules, and the extra cells the links cost beyond
// what publish() of the flows alone hides. Also `node scripts/bench.mjs privacy-flows` alone.
import { performance } from 'node:perf_hooks';
import { loadSolver, makeDataset, mulberry32 } from './privacy.mjs';

const CATEGORIES = ['nederland', 'europa', 'buiten-europa'];

/** Hires and leavers per unit and origin from 2020 to 2021: leavers ≈ 5–15% of the stock, hires = leavers + growth. */
function makeFlows(dataset) {
  const rand = mulberry32(20261206);
  const stock = new Map();
  for (const g of dataset.groups) {
    const id = `${g.key.jaar}\u0000${g.key.afdeling}`;
    const row = stock.get(id) ?? stock.set(id, { nederland: 0, europa: 0, 'buiten-europa': 0 }).get(id);
    for (const c of CATEGORIES) row[c] += g.counts[c];
  }
  const units = [...new Set(dataset.groups.map((g) => g.key.afdeling))];
  const flows = [];
  for (const group of units) {
    const before = stock.get(`2020\u0000${group}`);
    const after = stock.get(`2021\u0000${group}`);
    for (const category of CATEGORIES) {
      const net = after[category] - before[category];
      const out = Math.max(Math.round(before[category] * (0.05 + 0.1 * rand())), -net);
      flows.push({ kind: 'in', period: '2021', group, category, count: out + net }, { kind: 'out', period: '2021', group, category, count: out });
    }
  }
  return flows;
}

const time = (fn) => {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
};

export default async function ({ core, root, out }) {
  const solver = await loadSolver(root, out);
  const stocks = makeDataset(100, 10, 2, 400);
  const flows = makeFlows(stocks);
  console.log(`${stocks.groups.length} stock groups, ${flows.length} flow counts (hires and leavers per unit and origin)`);
  for (const preset of ['standard', 'internal', 'cbs']) {
    const stock = time(() => core.publishWithStats(stocks, preset, solver).table);
    const alone = time(() => core.publishWithStats(core.flowDataset(flows, 'herkomst').dataset, preset, solver).stats);
    const linked = time(() => core.publishFlows({ stocks, stockTable: stock.result, flows, rules: preset, solver }).audit);
    const { primary, complementary, links, audited } = linked.result;
    console.log(
      `'${preset}': stock table ${stock.ms.toFixed(0)} ms (reference); flows alone ${alone.ms.toFixed(0)} ms; ` +
        `publishFlows ${linked.ms.toFixed(0)} ms (${(linked.ms / stock.ms).toFixed(2)}× the stock table), ${links} links audited; ` +
        `flow cells hidden by the rules ${primary}, to protect them ${alone.result.complementary} alone, ` +
        `${complementary} with the links (+${complementary - alone.result.complementary}); audited: ${audited}`,
    );
  }
}
