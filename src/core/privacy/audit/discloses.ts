/** What a hidden cell's possible values are: its smallest and largest value by LP. */
export interface Range {
  min: number;
  max: number;
}

/** Right-hand sides are whole persons: values this close count as equal. */
export const EPS = 1e-6;

/**
 * The rule: counts are whole persons, so a hidden cell whose possible values (its LP interval)
 * hold fewer than two whole numbers is given away: [161.2, 162.9] is 1.7 wide yet holds only 162.
 */
export function discloses(range: Range): boolean {
  return Math.floor(range.max + EPS) - Math.ceil(range.min - EPS) < 1;
}
