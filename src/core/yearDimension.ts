/** Dimension ids that hold a year, in Dutch or English. */
const YEAR_DIMENSIONS = ['jaar', 'year', 'peiljaar'];

/**
 * The dataset's year dimension, if it has one. Views read one year at a time through it, and
 * publish() never adds years up (the same person counts once per year), so each year is its own
 * table there.
 */
export function yearDimension(dataset: { readonly dimensions: readonly string[] }): string | undefined {
  return dataset.dimensions.find((d) => YEAR_DIMENSIONS.includes(d));
}
