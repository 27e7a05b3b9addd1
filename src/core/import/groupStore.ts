/** `vals` of a category the group has no cell for (counts are never negative). */
export const ABSENT = -2;

const HAS_TOTAL = 1;
const INCOMPLETE = 2;
// Groups per block of the columns (a power of two, so a group's block is a shift away).
const BLOCK_BITS = 12;
const BLOCK = 1 << BLOCK_BITS;
const IN_BLOCK = BLOCK - 1;

/**
 * The groups of an import as columns of typed arrays, found by their dimension codes in an
 * open-addressing hash table. A large file has a hundred thousand groups: one object, array
 * and key string per group cost more to allocate and to collect than reading the file, and
 * typed arrays are never copied by the collector. The columns come in blocks of BLOCK groups,
 * added as groups come and never copied: columns that grew by copying left each old copy to
 * the memory allocator, which kept much of it (a fifth of the peak memory on the six-column
 * bench file). Group g's category i is vals[g / BLOCK][(g % BLOCK) * stride + i] (ABSENT, a
 * count, NaN when suppressed at the source, or UNUSABLE).
 */
export class GroupStore {
  size = 0;
  /** Whether the last `find` created the group. */
  created = false;
  private stride: number;
  private slots: Int32Array;
  private keys: Int32Array[] = [];
  private rows: Int32Array[] = [];
  private flags: Uint8Array[] = [];
  private vals: Float64Array[] = [];
  // a block's totals are allocated at its first total: most long files have none
  private totals: Array<Float64Array | undefined> = [];
  private totalRows: Array<Int32Array | undefined> = [];
  // the number of groups expected in all (see `expect`); 0 when unknown
  private expected = 0;

  /** `capacity`: the groups the hash table takes before it first grows. */
  constructor(
    private readonly width: number,
    stride: number,
    capacity = 64,
  ) {
    this.stride = Math.max(1, stride);
    this.slots = new Int32Array(slotsFor(capacity));
  }

  /** The number of the group with these codes, created at `row` if new (`created` says which). */
  find(codes: Int32Array, row: number): number {
    if (this.slots.length === 0) throw new Error('GroupStore: find after seal');
    const { width } = this;
    const mask = this.slots.length - 1;
    let s = hash(codes, 0, width) & mask;
    // a slot holds its group's number plus one: 0 is free, so a new table needs no fill
    for (let g = this.slots[s]! - 1; g >= 0; g = this.slots[s]! - 1) {
      const keys = this.keys[g >>> BLOCK_BITS]!;
      const at = (g & IN_BLOCK) * width;
      let j = 0;
      while (j < width && keys[at + j] === codes[j]) j++;
      if (j === width) {
        this.created = false;
        return g;
      }
      s = (s + 1) & mask;
    }
    // at most half full, so that probes stay short
    if ((this.size + 1) * 2 > this.slots.length) {
      this.rehash();
      return this.find(codes, row);
    }
    const g = this.size++;
    if ((g & IN_BLOCK) === 0) this.addBlock();
    this.slots[s] = g + 1;
    this.keys[g >>> BLOCK_BITS]!.set(codes.subarray(0, width), (g & IN_BLOCK) * width);
    this.rows[g >>> BLOCK_BITS]![g & IN_BLOCK] = row;
    this.created = true;
    return g;
  }

  /**
   * How many groups the caller expects in all (a guess from how much of the file is read): the
   * hash table next grows to room for them at once, rather than rehashing every group each time
   * it doubles.
   */
  expect(groups: number): void {
    this.expected = groups;
  }

  /** No more groups: frees the hash table before the dataset is built beside the store. */
  seal(): void {
    this.slots = new Int32Array(0);
  }

  code(g: number, j: number): number {
    return this.keys[g >>> BLOCK_BITS]![(g & IN_BLOCK) * this.width + j]!;
  }

  row(g: number): number {
    return this.rows[g >>> BLOCK_BITS]![g & IN_BLOCK]!;
  }

  /** Category i of group g: ABSENT when the file had no cell for it. */
  get(g: number, i: number): number {
    return i < this.stride ? this.vals[g >>> BLOCK_BITS]![(g & IN_BLOCK) * this.stride + i]! : ABSENT;
  }

  set(g: number, i: number, v: number): void {
    if (i >= this.stride) this.widen(i + 1);
    this.vals[g >>> BLOCK_BITS]![(g & IN_BLOCK) * this.stride + i] = v;
  }

  total(g: number): number | undefined {
    return this.flags[g >>> BLOCK_BITS]![g & IN_BLOCK]! & HAS_TOTAL ? this.totals[g >>> BLOCK_BITS]![g & IN_BLOCK]! : undefined;
  }

  totalRow(g: number): number {
    return this.totalRows[g >>> BLOCK_BITS]?.[g & IN_BLOCK] ?? 0;
  }

  setTotal(g: number, v: number, row: number): void {
    const b = g >>> BLOCK_BITS;
    if (!this.totals[b]) {
      this.totals[b] = new Float64Array(BLOCK);
      this.totalRows[b] = new Int32Array(BLOCK);
    }
    this.totals[b]![g & IN_BLOCK] = v;
    this.totalRows[b]![g & IN_BLOCK] = row;
    this.flags[b]![g & IN_BLOCK]! |= HAS_TOTAL;
  }

  incomplete(g: number): boolean {
    return (this.flags[g >>> BLOCK_BITS]![g & IN_BLOCK]! & INCOMPLETE) !== 0;
  }

  markIncomplete(g: number): void {
    this.flags[g >>> BLOCK_BITS]![g & IN_BLOCK]! |= INCOMPLETE;
  }

  private addBlock(): void {
    this.keys.push(new Int32Array(BLOCK * this.width));
    this.rows.push(new Int32Array(BLOCK));
    this.flags.push(new Uint8Array(BLOCK));
    this.vals.push(new Float64Array(BLOCK * this.stride).fill(ABSENT));
    this.totals.push(undefined);
    this.totalRows.push(undefined);
  }

  /** A larger hash table: by half, or straight to the expected size when that is more (at most four times, lest an early guess on a file of uneven rows allocate far too much). */
  private rehash(): void {
    const capacity = Math.max(Math.ceil(this.size * 1.5), Math.min(this.expected, this.size * 4));
    const slots = new Int32Array(slotsFor(capacity));
    const mask = slots.length - 1;
    for (let g = 0; g < this.size; g++) {
      let s = hash(this.keys[g >>> BLOCK_BITS]!, (g & IN_BLOCK) * this.width, this.width) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = g + 1;
    }
    this.slots = slots;
  }

  /** Room for more categories per group (a long file's new label): rare, so a plain copy. */
  private widen(stride: number): void {
    // a long file's labels mostly come in its first group: grow by little
    const wider = Math.max(stride, this.stride + 2);
    this.vals = this.vals.map((old, b) => {
      const vals = new Float64Array(BLOCK * wider).fill(ABSENT);
      const groups = Math.min(BLOCK, this.size - b * BLOCK);
      for (let i = 0; i < groups; i++) vals.set(old.subarray(i * this.stride, (i + 1) * this.stride), i * wider);
      return vals;
    });
    this.stride = wider;
  }
}

/** Hash slots for `capacity` groups: a power of two, at most half full. */
function slotsFor(capacity: number): number {
  let n = 16;
  while (n < capacity * 2) n *= 2;
  return n;
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
