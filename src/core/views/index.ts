export { overviewModel, largestDifference } from './overviewModel';
export type { OverviewModel, OverviewRow } from './overviewModel';
export { currentKey, yearDimension } from './latestYear';
export * from './analysis';
export * from './benchmarks';
export * from './export';
export * from './charts';
export * from './flows';
