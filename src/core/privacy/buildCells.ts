import type { FinestGroups } from './normaliseGroups';
import { projectGroups, rankLabels } from './projectGroups';
import { yearDimension } from '../yearDimension';

/**
 * Every cell publish() emits, flattened: cell id = base[subset] + group × (C + 1) + category, where
 * category C (one past the scheme's categories) is the group's total. Relations are the linear sums
 * that tie cells together; an attacker can use each one to recompute a single missing member.
 */
export interface CellTable {
  finest: FinestGroups;
  /** Per subset: indices into finest.dimensions, in dataset order. */
  subsets: number[][];
  /** Per subset: its groups' label tuples (sorted); labels follow the subset's dimensions. */
  groups: string[][][];
  /** Per subset: finest group index -> this subset's group index. */
  proj: Int32Array[];
  base: number[];
  /** Per cell: its value (whole people). */
  values: Float64Array;
  /** Per cell: 1 when it includes a cell suppressed at the source. */
  source: Uint8Array;
  /** Relations in compressed rows: members of relation r are relMembers[relStart[r] .. relStart[r+1]). */
  relStart: Int32Array;
  relMembers: Int32Array;
  /** The relations each cell belongs to, compressed the same way. */
  cellRelStart: Int32Array;
  cellRels: Int32Array;
}

/**
 * The dimension subsets views show: the whole organisation, each single dimension, each pair, and
 * the finest level. With a year dimension (index `year`) every subset holds it: those levels per
 * year and none over all years, since a sum over years counts each person once per year. No sum
 * then ties two years together, so each year is an independent part of the audit.
 */
export function chooseSubsets(n: number, year = -1): number[][] {
  const others = Array.from({ length: n }, (_, i) => i).filter((i) => i !== year);
  const m = others.length;
  const all: number[][] = [[]];
  for (let i = 0; i < m; i++) all.push([i]);
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) all.push([i, j]);
  if (m > 2) all.push(Array.from({ length: m }, (_, i) => i));
  return all.map((subset) => {
    const dims = subset.map((i) => others[i]!);
    return year < 0 ? dims : [...dims, year].sort((a, b) => a - b);
  });
}

/**
 * Every published cell and the sums that tie them. `apart` names the dimension that is never added
 * up (by default the year dimension); a flow table keeps its streams apart, since hires plus
 * leavers plus applicants count nothing, and such a sum under the thresholds would still tell.
 */
export function buildCells(finest: FinestGroups, options: { apart?: string } = {}): CellTable {
  const C = finest.categories.length;
  const width = C + 1;
  const yearDim = options.apart ?? yearDimension(finest);
  const subsets = chooseSubsets(finest.dimensions.length, yearDim === undefined ? -1 : finest.dimensions.indexOf(yearDim));
  const groups: string[][][] = [];
  const proj: Int32Array[] = [];
  const base: number[] = [];
  let cellCount = 0;
  const { ranks, sizes } = rankLabels(finest.labels, finest.dimensions.length);
  for (const dims of subsets) {
    const { list, index } = projectGroups(finest.labels, ranks, sizes, dims);
    groups.push(list);
    proj.push(index);
    base.push(cellCount);
    cellCount += list.length * width;
  }
  const values = new Float64Array(cellCount);
  const source = new Uint8Array(cellCount);
  subsets.forEach((_, s) => {
    const p = proj[s]!;
    for (let f = 0; f < finest.labels.length; f++) {
      const cell = base[s]! + p[f]! * width;
      const counts = finest.counts[f]!;
      const src = finest.source[f]!;
      let total = finest.rest[f]!;
      for (let k = 0; k < C; k++) {
        values[cell + k] = values[cell + k]! + counts[k]!;
        total += counts[k]!;
        if (src[k]) source[cell + k] = 1;
      }
      values[cell + C] = values[cell + C]! + total;
    }
  });
  const { relStart, relMembers } = buildRelations(subsets, groups, proj, base, width);
  return { finest, subsets, groups, proj, base, values, source, ...compress(relStart, relMembers, cellCount) };
}

/** The groups of the finer subset t under each group of s, by counting sort (t's groups stay sorted). */
function childrenByParent(projS: Int32Array, projT: Int32Array, sCount: number, tCount: number) {
  const parentOf = new Int32Array(tCount);
  for (let f = 0; f < projS.length; f++) parentOf[projT[f]!] = projS[f]!;
  const start = new Int32Array(sCount + 1);
  for (const g of parentOf) start[g + 1] = start[g + 1]! + 1;
  for (let g = 0; g < sCount; g++) start[g + 1] = start[g + 1]! + start[g]!;
  const fill = start.slice(0, sCount);
  const list = new Int32Array(tCount);
  parentOf.forEach((g, h) => {
    list[fill[g]!] = h;
    fill[g] = fill[g]! + 1;
  });
  return { start, list };
}

/** Each group's total with its categories, then each margin with the finer groups under it, per category and total. */
function buildRelations(subsets: number[][], groups: string[][][], proj: Int32Array[], base: number[], width: number) {
  const C = width - 1;
  const cellCount = base[base.length - 1]! + groups[groups.length - 1]!.length * width;
  const pairs = coveringPairs(subsets);
  const groupCount = groups.reduce((n, list) => n + list.length, 0);
  let relCount = groupCount;
  let memberCount = groupCount * width;
  for (const [s, t] of pairs) {
    relCount += groups[s]!.length * width;
    memberCount += (groups[s]!.length + groups[t]!.length) * width;
  }
  const relStart = new Int32Array(relCount + 1);
  const relMembers = new Int32Array(memberCount);
  let r = 0;
  let m = 0;
  for (let cell = 0; cell < cellCount; cell += width) {
    relMembers[m++] = cell + C;
    for (let k = 0; k < C; k++) relMembers[m++] = cell + k;
    relStart[++r] = m;
  }
  for (const [s, t] of pairs) {
    const children = childrenByParent(proj[s]!, proj[t]!, groups[s]!.length, groups[t]!.length);
    for (let g = 0; g < groups[s]!.length; g++) {
      for (let k = 0; k < width; k++) {
        relMembers[m++] = base[s]! + g * width + k;
        for (let i = children.start[g]!; i < children.start[g + 1]!; i++) relMembers[m++] = base[t]! + children.list[i]! * width + k;
        relStart[++r] = m;
      }
    }
  }
  return { relStart, relMembers };
}

/** Pairs s ⊂ t of shown subsets with no shown subset in between: every other sum follows from these. */
function coveringPairs(subsets: number[][]): Array<[number, number]> {
  const within = (a: number[], b: number[]) => a.length < b.length && a.every((d) => b.includes(d));
  const pairs: Array<[number, number]> = [];
  subsets.forEach((a, s) =>
    subsets.forEach((b, t) => {
      if (within(a, b) && !subsets.some((u) => within(a, u) && within(u, b))) pairs.push([s, t]);
    }),
  );
  return pairs;
}

function compress(relStart: Int32Array, relMembers: Int32Array, cellCount: number) {
  const cellRelStart = new Int32Array(cellCount + 1);
  for (const c of relMembers) cellRelStart[c + 1] = cellRelStart[c + 1]! + 1;
  for (let c = 0; c < cellCount; c++) cellRelStart[c + 1] = cellRelStart[c + 1]! + cellRelStart[c]!;
  const fill = cellRelStart.slice(0, cellCount);
  const cellRels = new Int32Array(relMembers.length);
  for (let r = 0; r + 1 < relStart.length; r++) {
    for (let i = relStart[r]!; i < relStart[r + 1]!; i++) {
      const c = relMembers[i]!;
      cellRels[fill[c]!] = r;
      fill[c] = fill[c]! + 1;
    }
  }
  return { relStart, relMembers, cellRelStart, cellRels };
}
