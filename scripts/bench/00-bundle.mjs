// Bundle sizes of both builds: gzip (level 9) per chunk, split into what index.html loads at once
// (initial) and what loads on demand (worker, benchmark tables).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const kb = (n) => (n / 1024).toFixed(1);

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

async function measure(root, mode, outDir) {
  await build({ root, mode, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const rows = walk(outDir)
    .filter((p) => /\.(js|css|html|json)$/.test(p))
    .map((p) => {
      const bytes = readFileSync(p);
      const name = relative(outDir, p);
      const initial = name === 'index.html' || html.includes(name);
      return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, initial };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  return rows;
}

export default async function ({ root, out }) {
  process.env.NODE_ENV = 'production';
  for (const [mode, label] of [['production', 'hosted build'], ['single', 'single-file build']]) {
    const rows = await measure(root, mode, join(out, `dist-${mode}`));
    const initial = rows.filter((r) => r.initial);
    const sum = (list, ext) => list.filter((r) => r.name.endsWith(ext)).reduce((s, r) => s + r.gzip, 0);
    console.log(`\n${label}: initial JS ${kb(sum(initial, '.js') + (mode === 'single' ? sum(initial, '.html') : 0))} KiB gzip` +
      `${mode === 'single' ? ' (everything inlined in index.html)' : ''}, initial CSS ${kb(sum(initial, '.css'))} KiB gzip`);
    const lazyJson = rows.filter((r) => !r.initial && r.name.endsWith('.json'));
    console.log('| chunk | loaded | raw KiB | gzip KiB |\n|---|---|---:|---:|');
    for (const r of rows.filter((r) => !r.name.endsWith('.json'))) {
      console.log(`| ${r.name} | ${r.initial ? 'initial' : 'on demand'} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
    }
    if (lazyJson.length > 0) {
      const raw = lazyJson.reduce((s, r) => s + r.raw, 0);
      const gz = lazyJson.reduce((s, r) => s + r.gzip, 0);
      console.log(`| ${lazyJson.length} benchmark JSON files | on demand | ${kb(raw)} | ${kb(gz)} |`);
    }
  }
}
