import type { Plugin } from 'vite';

/**
 * The single-file build inlines highs.wasm once, through our own `highs/runtime?url` import
 * (src/workers/publishSolverLoader.ts hands its bytes to the loader). The loader's fallback
 * `new URL("highs.wasm", import.meta.url)` would make Vite inline a second 4.7 MB copy that is
 * never read, so here it becomes the bare file name.
 */
export function highsWasmOnce(): Plugin {
  return {
    name: 'barometer:highs-wasm-once',
    enforce: 'pre',
    transform(code, id) {
      if (!/[/\\]highs[/\\]build[/\\]highs\.mjs$/.test(id)) return null;
      const replaced = code.replace('new URL("highs.wasm",import.meta.url).href', '"highs.wasm"');
      if (replaced === code) throw new Error('highs.mjs changed: check how it finds highs.wasm before inlining it.');
      return { code: replaced, map: null };
    },
  };
}
