/**
 * Dimension codes for the accumulator. Each distinct dimension label is stored once and
 * numbered; a group is found by the numbers of its labels (GroupStore). Big files repeat a few
 * labels in many groups, so this keeps memory (slow to touch on the target machines) close to
 * the size of the groups.
 */
export interface GroupKeys {
  /** The codes of `row`'s dimension cells, in a buffer reused by the next call; `total` says whether one is a total label. */
  encode(row: readonly string[]): Int32Array;
  total: boolean;
  /** The label of a code. */
  label(code: number): string;
  /** The code of a cell as written (its label is the cell trimmed). */
  codeOf(cell: string): number;
  isTotalCode(code: number): boolean;
}

export function createGroupKeys(dims: number[], isTotal: (label: string) => boolean): GroupKeys {
  const dimLabels = new Map<string, number>();
  const dimStrings: string[] = [];
  const dimTotal: boolean[] = [];
  // codes[j] is the number of lastCells[j], the cell of dimension j on the row before: from one
  // group to the next most dimensions keep their label, and comparing beats hashing.
  const codes = new Int32Array(dims.length).fill(-1);
  const lastCells: Array<string | undefined> = dims.map(() => undefined);

  function codeOf(cell: string): number {
    let code = dimLabels.get(cell);
    if (code !== undefined) return code;
    const label = cell.trim();
    code = dimLabels.get(label);
    if (code === undefined) {
      code = dimStrings.length;
      dimStrings.push(label);
      dimTotal.push(isTotal(label));
      dimLabels.set(label, code);
    }
    if (dimLabels.size < 1_000_000) dimLabels.set(cell, code);
    return code;
  }

  const keys: GroupKeys = {
    total: false,
    encode(row) {
      let total = false;
      for (let j = 0; j < dims.length; j++) {
        const cell = row[dims[j]!] ?? '';
        if (cell !== lastCells[j]) {
          codes[j] = codeOf(cell);
          lastCells[j] = cell;
        }
        if (dimTotal[codes[j]!]) total = true;
      }
      keys.total = total;
      return codes;
    },
    label: (code) => dimStrings[code]!,
    codeOf,
    isTotalCode: (code) => dimTotal[code]!,
  };
  return keys;
}
