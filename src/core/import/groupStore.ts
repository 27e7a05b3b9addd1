/** `vals` of a category the group has no cell for (counts are never negative). */
export const ABSENT = -2;

const HAS_TOTAL = 1;
const INCOMPLETE = 2;

/**
 * The groups of an import as columns of typed arrays, found by their dimension codes in an
 * open-addressing hash table. A large file has a hundred thousand groups: one object, array
 * and key string per group cost more to allocate and to collect than reading the file, and
 * typed arrays are never copied by the collector. Group g's category i is vals[g * stride + i]
 * (ABSENT, a count, NaN when suppressed at the source, or UNUSABLE).
 */
export class GroupStore {
  size = 0;
  /** Whether the last `find` created the group. */
  created = false;
  private stride: number;
  private slots: Int32Array;
  private keys: Int32Array;
  private rows: Int32Array;
  // allocated at the first total: most long files have none
  private totals = new Float64Array(0);
  private totalRows = new Int32Array(0);
  private flags: Uint8Array;
  private vals: Float64Array;
  // the number of groups expected in all (see `expect`); 0 when unknown
  private expected = 0;

  constructor(
    private readonly width: number,
    stride: number,
    capacity = 64,
  ) {
    this.stride = Math.max(1, stride);
    this.slots = new Int32Array(slotsFor(capacity));
    this.keys = new Int32Array(capacity * width);
    this.rows = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.vals = new Float64Array(capacity * this.stride).fill(ABSENT);
  }

  /** The number of the group with these codes, created at `row` if new (`created` says which). */
  find(codes: Int32Array, row: number): number {
    if (this.slots.length === 0) throw new Error('GroupStore: find after seal');
    const { keys, width } = this;
    const mask = this.slots.length - 1;
    let s = hash(codes, 0, width) & mask;
    // a slot holds its group's number plus one: 0 is free, so a new table needs no fill
    for (let g = this.slots[s]! - 1; g >= 0; g = this.slots[s]! - 1) {
      let j = 0;
      while (j < width && keys[g * width + j] === codes[j]) j++;
      if (j === width) {
        this.created = false;
        return g;
      }
      s = (s + 1) & mask;
    }
    if (this.size === this.rows.length) {
      this.grow();
      return this.find(codes, row);
    }
    const g = this.size++;
    this.slots[s] = g + 1;
    keys.set(codes.subarray(0, width), g * width);
    this.rows[g] = row;
    this.created = true;
    return g;
  }

  /**
   * How many groups the caller expects in all (a guess from how much of the file is read): the
   * next growth makes room for them at once. Each growth allocates, copies and rehashes
   * everything; growing by half alone took a large file thirteen of them.
   */
  expect(groups: number): void {
    this.expected = groups;
  }

  /** No more groups: frees the hash table before the dataset is built beside the store. */
  seal(): void {
    this.slots = new Int32Array(0);
  }

  code(g: number, j: number): number {
    return this.keys[g * this.width + j]!;
  }

  row(g: number): number {
    return this.rows[g]!;
  }

  /** Category i of group g: ABSENT when the file had no cell for it. */
  get(g: number, i: number): number {
    return i < this.stride ? this.vals[g * this.stride + i]! : ABSENT;
  }

  set(g: number, i: number, v: number): void {
    if (i >= this.stride) this.widen(i + 1);
    this.vals[g * this.stride + i] = v;
  }

  total(g: number): number | undefined {
    return this.flags[g]! & HAS_TOTAL ? this.totals[g]! : undefined;
  }

  totalRow(g: number): number {
    return this.totalRows[g]!;
  }

  setTotal(g: number, v: number, row: number): void {
    if (this.totals.length < this.rows.length) {
      this.totals = grown(this.totals, this.rows.length);
      this.totalRows = grown(this.totalRows, this.rows.length);
    }
    this.totals[g] = v;
    this.totalRows[g] = row;
    this.flags[g] = this.flags[g]! | HAS_TOTAL;
  }

  incomplete(g: number): boolean {
    return (this.flags[g]! & INCOMPLETE) !== 0;
  }

  markIncomplete(g: number): void {
    this.flags[g] = this.flags[g]! | INCOMPLETE;
  }

  private grow(): void {
    // by half: the arrays are most of an import's memory, and the last growth overshoots least;
    // straight to the expected size when that is more (at most four times, lest a guess made
    // early on a file of uneven rows allocate far too much)
    const half = Math.ceil(this.rows.length * 1.5);
    const capacity = Math.max(half, Math.min(this.expected, this.rows.length * 4));
    this.keys = grown(this.keys, capacity * this.width);
    this.rows = grown(this.rows, capacity);
    if (this.totals.length > 0) {
      this.totals = grown(this.totals, capacity);
      this.totalRows = grown(this.totalRows, capacity);
    }
    this.flags = grown(this.flags, capacity);
    const vals = new Float64Array(capacity * this.stride).fill(ABSENT, this.vals.length);
    vals.set(this.vals);
    this.vals = vals;
    const slots = new Int32Array(slotsFor(capacity));
    const mask = slots.length - 1;
    for (let g = 0; g < this.size; g++) {
      let s = hash(this.keys, g * this.width, this.width) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = g + 1;
    }
    this.slots = slots;
  }

  /** Room for more categories per group (a long file's new label): rare, so a plain copy. */
  private widen(stride: number): void {
    // a long file's labels mostly come in its first group: grow by little
    const wider = Math.max(stride, this.stride + 2);
    const capacity = this.rows.length;
    const vals = new Float64Array(capacity * wider).fill(ABSENT);
    for (let g = 0; g < this.size; g++) vals.set(this.vals.subarray(g * this.stride, (g + 1) * this.stride), g * wider);
    this.vals = vals;
    this.stride = wider;
  }
}

/** Hash slots for `capacity` groups: a power of two, at most half full. */
function slotsFor(capacity: number): number {
  let n = 16;
  while (n < capacity * 2) n *= 2;
  return n;
}

/** A longer copy of `a`. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

/** FNV-1a over codes[at .. at + width - 1], mixed. */
function hash(codes: Int32Array, at: number, width: number): number {
  let h = 0x811c9dc5;
  for (let j = at; j < at + width; j++) h = Math.imul(h ^ codes[j]!, 0x01000193);
  // murmur3's finaliser: FNV's products carry low bits up only, and the table uses the low bits
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
