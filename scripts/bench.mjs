// `npm run bench`: builds the hosted app and a Node bundle of src/core, then runs every
// scripts/bench/*.mjs section in name order. Sections report ratios against a reference measured
// in the same run, never bare timings: these machines are shared and noisy.
import { readdirSync, mkdirSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'reports', 'bench');
mkdirSync(out, { recursive: true });

await build({
  root,
  logLevel: 'warn',
  configFile: false,
  build: {
    outDir: out,
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    ssr: true,
    lib: { entry: join(root, 'src/core/index.ts'), formats: ['es'], fileName: () => 'core.mjs' },
    // Vite 8 ignores lib.fileName for SSR builds; name the entry explicitly.
    rollupOptions: { external: [/^node:/], output: { entryFileNames: 'core.mjs' } },
  },
  publicDir: false,
  ssr: { noExternal: true },
});
const core = await import(pathToFileURL(join(out, 'core.mjs')).href);

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
