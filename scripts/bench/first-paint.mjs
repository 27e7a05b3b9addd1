// First paint of the start page (issue #8): the hosted build's overview on a fresh profile shows
// the demo organisation's comparison (chart and table). Measured from navigation start (the
// page's time origin) to the first frame painted after the comparison figure is in the DOM, with
// the CPU throttled 4× through CDP, and the same unthrottled as the same-run reference. Every
// load uses a new context: no HTTP cache, no service worker, no IndexedDB. Target: first
// comparison ≤ 1.0 s under 4× throttle. Reported, not asserted.
// CDP throttles the page's main thread only: the disclosure worker, which the figure waits for,
// runs at full speed, so the throttled figures understate what a 4× slower device would see.
import { loadavg, cpus } from 'node:os';
import { median } from './_stats.mjs';
import { freshBuild, withApp } from './_browser.mjs';

const LOADS = 7;
const RATE = 4;
const TARGET_MS = 1000;

/**
 * In the page before any of its scripts: paint timings, and a MutationObserver that notes when the
 * figure gets its bars (the comparison on screen) and its benchmark markers (the benchmark table
 * is fetched lazily, so these may come later). A rAF followed by a message lands just after the
 * frame that paints the change: rAF alone would time the frame's start, before its layout and paint.
 */
function observe() {
  const marks = (window.__marks = {});
  const afterPaint = (name) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (marks[name] = performance.now());
    channel.port2.postMessage(0);
  });
  const figure = () => document.querySelector('[data-testid=comparison] figure.comparison');
  const want = {
    // The overview's status while the disclosure worker publishes the cells the figure needs.
    publishing: () => document.querySelector('[data-testid=publishing]'),
    bars: () => figure()?.querySelector('rect.bar') && figure().querySelector('table tbody tr'),
    markers: () => figure()?.querySelector('g.benchmark line'),
  };
  const seen = new Set();
  new MutationObserver(() => {
    for (const [name, present] of Object.entries(want)) {
      if (!seen.has(name) && present()) {
        seen.add(name);
        afterPaint(name);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/** One fresh load; returns the marks plus the time of a fixed busy loop (to check the throttle took). */
async function load(browser, url, rate) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript(observe);
    await page.goto(url);
    await page.waitForFunction(() => window.__marks.bars && window.__marks.markers, null, { timeout: 60_000 });
    // LCP settles once nothing larger is painted; a short pause lets a late candidate arrive.
    await page.waitForTimeout(300);
    return await page.evaluate(() => {
      const t0 = performance.now();
      let x = 0;
      for (let i = 0; i < 2e7; i++) x = (x + i * 7) % 1000003;
      window.__sink = x;
      return { ...window.__marks, loopMs: performance.now() - t0 };
    });
  } finally {
    await context.close();
  }
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const range = (xs) => `median ${fmt(median(xs))} (min ${fmt(Math.min(...xs))}, max ${fmt(Math.max(...xs))})`;

export default async function ({ root, out }) {
  const dist = await freshBuild(root, out, 'first-paint-app');
  await withApp(dist, async ({ browser, url }) => {
    const runs = { [RATE]: [], 1: [] };
    // Throttled and reference loads interleaved, so a noisy neighbour slows both alike.
    for (let i = 0; i < LOADS; i++) for (const rate of i % 2 ? [1, RATE] : [RATE, 1]) runs[rate].push(await load(browser, url, rate));
    const pick = (rate, key) => runs[rate].map((m) => m[key]).filter((v) => v !== undefined);
    console.log(`${LOADS} fresh loads of the start page each way, new context per load; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
    const slow = median(pick(RATE, 'loopMs')) / median(pick(1, 'loopMs'));
    console.log(`throttle check: a fixed busy loop on the main thread took ${slow.toFixed(1)}× as long throttled (asked ${RATE}×)`);
    const wait = (rate) => runs[rate].filter((m) => m.publishing).map((m) => m.bars - m.publishing);
    if (wait(RATE).length > 0) {
      console.log(`of which 'publishing…' on screen (waiting for the disclosure worker): ${RATE}× throttled ${range(wait(RATE))}; unthrottled ${range(wait(1))}`);
    }
    for (const [key, what] of [['bars', 'comparison painted (figure, bars, table)'], ['markers', 'comparison with benchmark markers'], ['fcp', 'first contentful paint'], ['lcp', 'largest contentful paint']]) {
      const t = pick(RATE, key);
      const r = pick(1, key);
      if (t.length === 0) {
        console.log(`${what}: not reported by this Chromium`);
        continue;
      }
      const verdict = key === 'bars' || key === 'markers' ? ` -> target ≤ ${fmt(TARGET_MS)}: ${median(t) <= TARGET_MS ? 'met' : 'NOT met'}` : '';
      console.log(`${what}: ${RATE}× throttled ${range(t)}${verdict}; unthrottled ${range(r)}; ratio ${(median(t) / median(r)).toFixed(2)}`);
    }
  });
}
