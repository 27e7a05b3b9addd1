// Shared by the bench: one module of src bundled for Node (its dependencies inlined, Node's own
// modules left out) into a folder of the bench's output, then imported or handed to a child process.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/** Bundles `entry` (a path under root) as out/`name` and returns the imported module. */
export async function bundleForNode(root, out, entry, name) {
  return import(pathToFileURL(await bundleFile(root, out, entry, name)).href);
}

/** Bundles `entry` (a path under root) as out/`name`; returns that file's path (for a child process to load). */
export async function bundleFile(root, out, entry, name) {
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
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => name },
      // Vite 8 ignores lib.fileName for SSR builds; name the entry explicitly.
      rollupOptions: { external: [/^node:/], output: { entryFileNames: name } },
    },
    ssr: { noExternal: true },
  });
  return join(out, name);
}
