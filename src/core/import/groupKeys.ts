/**
 * Group ids for the accumulator. Each distinct dimension label is stored once and numbered; a
 * group's id is the string of its labels' numbers. Big files repeat a few labels in many groups,
 * so this keeps memory (slow to touch on the target machines) close to the size of the groups.
 */
export interface GroupKeys {
  /** The id of the group of `row`; afterwards `total` says whether one of its labels is a total. */
  encode(row: readonly string[]): string;
  total: boolean;
  /** The labels of a group, read back from its id (not kept per group: a file may hold 100k). */
  labelsOf(id: string): string[];
}

export function createGroupKeys(dims: number[], isTotal: (label: string) => boolean): GroupKeys {
  const dimLabels = new Map<string, number>();
  const dimStrings: string[] = [];
  const dimTotal: boolean[] = [];
  // codes[j] is the number of lastCells[j], the cell of dimension j on the row before: from one
  // group to the next most dimensions keep their label, and comparing beats hashing.
  const codes: number[] = dims.map(() => -1);
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

  /** The id of `codes`: one char per label, two beyond 65 536 labels (a different length, so ids never collide). */
  function idOf(large: boolean): string {
    if (large) return String.fromCharCode(...codes.flatMap((c) => [c >>> 16, c & 0xffff]));
    if (codes.length === 4) return String.fromCharCode(codes[0]!, codes[1]!, codes[2]!, codes[3]!);
    return String.fromCharCode(...codes);
  }

  const keys: GroupKeys = {
    total: false,
    encode(row) {
      let large = false;
      let total = false;
      for (let j = 0; j < dims.length; j++) {
        const cell = row[dims[j]!] ?? '';
        if (cell !== lastCells[j]) {
          codes[j] = codeOf(cell);
          lastCells[j] = cell;
        }
        const code = codes[j]!;
        if (code > 0xffff) large = true;
        if (dimTotal[code]) total = true;
      }
      keys.total = total;
      return idOf(large);
    },
    labelsOf(id) {
      const large = id.length > dims.length;
      return dims.map((_, j) => dimStrings[large ? id.charCodeAt(2 * j) * 0x10000 + id.charCodeAt(2 * j + 1) : id.charCodeAt(j)]!);
    },
  };
  return keys;
}
