import type { Dataset } from '../types';
import { categoryIds } from '../classification/schemes';
import { compareYears, splitByYear, type YearComparison } from './compareYears';
import { toKeyedCounts } from './toKeyedCounts';

/**
 * Year-over-year comparisons of consecutive years within one dataset, split on its year
 * dimension. Each pair is either comparable (numbers) or says which groups changed.
 */
export function computeTrends(dataset: Dataset, yearDimension: string): YearComparison[] {
  const categories = categoryIds(dataset.scheme);
  const groups = dataset.groups.map((g) => toKeyedCounts(g, categories));
  const years = splitByYear(dataset.scheme, groups, yearDimension);
  const result: YearComparison[] = [];
  for (let i = 1; i < years.length; i++) result.push(compareYears(years[i - 1]!, years[i]!, categories, yearDimension));
  return result;
}
