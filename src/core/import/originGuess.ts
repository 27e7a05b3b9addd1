// Distinct origin cells remembered; a file with more is no long table of a few categories, and
// its rows simply take the slower way.
const MAX_CELLS = 256;

/**
 * The origin cells of consecutive rows, as strings that are already known. The categories of a
 * group come in the same order in every group, so a row's origin cell is most likely the one
 * that followed the previous row's cell last time: comparing with that one in place saves
 * slicing (and hashing) a new string on most rows. The caller always checks the guess.
 */
export interface OriginGuess {
  /** Records the cell of a row read the ordinary way; `at` is where its bytes are, if known. */
  note(cell: string, at?: number, byteLength?: number): void;
  /** The number of the cell likely to come next, or -1. */
  guess(): number;
  /** Confirms that cell `id` came: its string. */
  take(id: number): string;
  /** Where the bytes of cell `id` are (-1 when it was noted without), and how many. */
  bytesAt(id: number): number;
  byteLength(id: number): number;
  /** The cell text.slice(start, end), a remembered string when the guess holds. */
  read(text: string, start: number, end: number): string;
}

export function originGuess(): OriginGuess {
  const ids = new Map<string, number>();
  const cells: string[] = [];
  const at: number[] = [];
  const lengths: number[] = [];
  // after[i]: the cell that followed cell i last time; -1 when none is known
  const after: number[] = [];
  let prev = -1;

  function note(cell: string, where = -1, byteLength = 0): number {
    let id = ids.get(cell);
    if (id === undefined && cells.length < MAX_CELLS) {
      id = cells.length;
      ids.set(cell, id);
      cells.push(cell);
      at.push(where);
      lengths.push(byteLength);
      after.push(-1);
    } else if (id !== undefined && at[id]! < 0 && where >= 0) {
      at[id] = where;
      lengths[id] = byteLength;
    }
    if (prev >= 0) after[prev] = id ?? -1;
    prev = id ?? -1;
    return prev;
  }

  const guess = () => (prev >= 0 ? after[prev]! : -1);
  const take = (id: number) => {
    prev = id;
    return cells[id]!;
  };

  function read(text: string, start: number, end: number): string {
    const id = guess();
    if (id >= 0) {
      const cell = cells[id]!;
      if (cell.length === end - start && text.startsWith(cell, start)) return take(id);
    }
    const cell = text.slice(start, end);
    const known = note(cell);
    return known >= 0 ? cells[known]! : cell;
  }

  return {
    note: (cell, where, byteLength) => void note(cell, where, byteLength),
    guess,
    take,
    bytesAt: (id) => at[id]!,
    byteLength: (id) => lengths[id]!,
    read,
  };
}
