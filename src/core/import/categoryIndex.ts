import { normaliseLabel } from '../classification/normaliseLabel';
import { isTotalLabel } from './totalLabels';

/** A category label seen in the file, with where it first appeared. */
export interface LabelSeen {
  raw: string;
  row: number;
  column: string;
}

/** `normaliseLabel`, remembering the first 10,000 labels: a file repeats a few labels on every row. */
export function cachedNormalise(): (raw: string) => string {
  const norms = new Map<string, string>();
  return (raw) => {
    let n = norms.get(raw);
    if (n === undefined) {
      n = normaliseLabel(raw);
      if (norms.size < 10_000) norms.set(raw, n);
    }
    return n;
  };
}

/**
 * A long table's category numbers: origin cell as written -> its number in `labels` (in order
 * of appearance; spellings of one label share it), -1 for a 'Totaal' label.
 */
export function categoryIndex(labels: LabelSeen[], normOf: (raw: string) => string): (cell: string, row: number, column: string) => number {
  const labelIndex = new Map<string, number>();
  const normIndex = new Map<string, number>();
  return (cell, row, column) => {
    let i = labelIndex.get(cell);
    if (i !== undefined) return i;
    const raw = cell.trim();
    const norm = normOf(raw);
    i = isTotalLabel(norm) ? -1 : normIndex.get(norm);
    if (i === undefined) {
      i = labels.length;
      labels.push({ raw, row, column });
      normIndex.set(norm, i);
    }
    labelIndex.set(cell, i);
    return i;
  };
}
