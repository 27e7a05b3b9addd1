// `npm run bench`: builds the hosted app and a Node bundle of src/core, then runs every
// scripts/bench/*.mjs section in name order. Sections report ratios against a reference measured
// in the same run, never bare timings: these machines are shared and noisy.
import { readdirSync, mkdirSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { bundleForNode } from './bench/_bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'reports', 'bench');
mkdirSync(out, { recursive: true });

const core = await bundleForNode(root, out, 'src/core/index.ts', 'core.mjs');

const only = process.argv[2];
const sections = readdirSync(join(root, 'scripts/bench'))
  // Files starting with '_' are helpers shared by the sections, not sections.
  .filter((f) => f.endsWith('.mjs') && !f.startsWith('_') && (!only || f.includes(only)))
  .sort();
for (const file of sections) {
  console.log(`\n## ${file.replace(/\.mjs$/, '')}`);
  const section = await import(pathToFileURL(join(root, 'scripts/bench', file)).href);
  await section.default({ core, root, out });
}
