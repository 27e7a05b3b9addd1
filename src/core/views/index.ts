export { overviewModel, largestDifference } from './overviewModel';
export type { OverviewModel, OverviewRow } from './overviewModel';
export { currentKey, yearDimension } from './latestYear';
