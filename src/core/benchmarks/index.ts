export { parseBenchmarkTable } from './parseBenchmarkTable';
export type { ParseBenchmarkResult } from './parseBenchmarkTable';
export { parseBenchmarkManifest } from './parseBenchmarkManifest';
export type { BenchmarkManifestEntry } from './parseBenchmarkManifest';
export { lookupBenchmark, BENCHMARK_DIMENSIONS } from './lookupBenchmark';
export type { BenchmarkRequest, BenchmarkMatch, BenchmarkRefusal, BenchmarkLookup, BenchmarkDimension } from './lookupBenchmark';
export { compositeBenchmark } from './compositeBenchmark';
export type { CompositePart, CompositeComponent, CompositeBenchmark, CompositeResult } from './compositeBenchmark';
export { rowKeyString } from './rowKeyString';
