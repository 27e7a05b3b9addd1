import { BENCHMARK_DIMENSIONS, type BenchmarkManifestEntry, type BenchmarkRequest, type CompositePart } from '../../benchmarks';

const distance = (year: number, asked: number) => Math.abs(year - asked);

/**
 * The bundled tables a request (and its composite parts) can use: its scheme, only tables whose
 * dimensions are all asked for, and of each set of dimensions the year nearest to the one asked
 * (later wins a tie). So CBS's regional table (2021 only) is loaded for a region in any year.
 */
export function neededEntries(manifest: readonly BenchmarkManifestEntry[], request: BenchmarkRequest | null, parts: readonly CompositePart[] = []): BenchmarkManifestEntry[] {
  if (!request) return [];
  const asked = new Set<string>();
  for (const source of [request, ...parts]) {
    for (const dim of BENCHMARK_DIMENSIONS) if (source[dim]) asked.add(dim);
  }
  const usable = manifest.filter((e) => e.scheme === request.scheme && e.dimensions.every((d) => asked.has(d)));
  const nearest = new Map<string, number>();
  for (const e of usable) {
    const set = [...e.dimensions].sort().join('+');
    const best = nearest.get(set);
    const d = best === undefined ? -1 : distance(e.year, request.year) - distance(best, request.year);
    if (best === undefined || d < 0 || (d === 0 && e.year > best)) nearest.set(set, e.year);
  }
  return usable.filter((e) => nearest.get([...e.dimensions].sort().join('+')) === e.year);
}
