// The public API of the pure core: re-exports only. Acceptance tests call these names
// (PRODUCT.md §7); changing their face needs a migration note in the README.
export type * from './types';
export { SCHEMES, categoryIds } from './classification/schemes';
export type { Category } from './classification/schemes';
export * from './classification';
export * from './reference';
export * from './import';
export * from './importPreview';
export * from './analysis';
export * from './benchmarks';
export * from './privacy';
export * from './format';
export * from './export';
export * from './views';
export * from './demo';
export * from './flows';
