/**
 * Loads a bundled benchmark file (or the manifest) in the hosted build: fetched lazily from the
 * app's own origin. The single-file build swaps this module for loadBenchmarkJson.single.ts
 * (see vite.config.ts), which has the tables inlined.
 */
export async function loadBenchmarkJson(file: string): Promise<unknown> {
  const response = await fetch(`./benchmarks/${file}`);
  if (!response.ok) throw new Error(`benchmarks/${file}: HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
}
