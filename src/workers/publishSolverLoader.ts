import loadHighs, { type Highs, type InitOptions } from 'highs';
import wasmUrl from 'highs/runtime?url';
import type { LpSolver } from '../core/privacy';
import { highsSolver } from './publishSolver';

/**
 * HiGHS for the publish worker. The hosted build serves highs.wasm as a hashed asset next to the
 * worker (fetched from 'self'); the single-file build inlines it as a data: URL, which we decode
 * here and instantiate from bytes, so nothing is fetched (its CSP has connect-src 'none'). Compiling
 * WebAssembly needs 'wasm-unsafe-eval' in script-src (docs/INTRANET.md).
 */
export async function loadPublishSolver(): Promise<LpSolver> {
  const highs = wasmUrl.startsWith('data:')
    ? await loadFromBytes(decodeDataUrl(wasmUrl))
    : runsInNode()
      ? await loadHighs() // tests without workers: the loader reads highs.wasm beside itself
      : await loadHighs({ locateFile: () => new URL(wasmUrl, import.meta.url).href });
  return highsSolver(highs);
}

/**
 * highs 1.15.3 declares a `wasmBinary` option but its Emscripten module never reads it (it would
 * fall back to fetching 'highs.wasm'), so the bytes go in through Emscripten's instantiateWasm hook.
 */
function loadFromBytes(bytes: Uint8Array<ArrayBuffer>): Promise<Highs> {
  return new Promise((resolve, reject) => {
    const options = {
      instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) {
        WebAssembly.instantiate(bytes, imports).then(({ instance }) => done(instance), reject);
        return {};
      },
    };
    loadHighs(options as InitOptions).then(resolve, reject);
  });
}

function decodeDataUrl(url: string): Uint8Array<ArrayBuffer> {
  const text = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function runsInNode(): boolean {
  return typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';
}
