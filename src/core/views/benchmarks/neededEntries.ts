import { BENCHMARK_DIMENSIONS, type BenchmarkManifestEntry, type BenchmarkRequest, type CompositePart } from '../../benchmarks';

/**
 * The bundled tables a request (and its composite parts) can use: its scheme, the year nearest to
 * the one asked (later wins a tie), and only tables whose dimensions are all asked for.
 */
export function neededEntries(manifest: readonly BenchmarkManifestEntry[], request: BenchmarkRequest | null, parts: readonly CompositePart[] = []): BenchmarkManifestEntry[] {
  if (!request) return [];
  const inScheme = manifest.filter((e) => e.scheme === request.scheme);
  if (inScheme.length === 0) return [];
  const year = inScheme.reduce((best, e) => {
    const d = Math.abs(e.year - request.year) - Math.abs(best - request.year);
    return d < 0 || (d === 0 && e.year > best) ? e.year : best;
  }, inScheme[0]!.year);
  const asked = new Set<string>();
  for (const source of [request, ...parts]) {
    for (const dim of BENCHMARK_DIMENSIONS) if (source[dim]) asked.add(dim);
  }
  return inScheme.filter((e) => e.year === year && e.dimensions.every((d) => asked.has(d)));
}
