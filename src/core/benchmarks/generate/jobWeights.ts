/** Employee jobs per SBI section, in total and by size class, of one December (83583NED, ×1,000). */
export interface JobWeights {
  tableId: '83583NED';
  year: number;
  sectors: Record<string, { total: number; bySize: Record<string, number> }>;
}

/** 83583NED size keys -> our size classes (werkzame personen 0–10 … ≥ 500, as SIZE_CLASSES). */
const SIZE_KEYS: Record<string, string> = { WP19074: '1-10', WP19090: '10-50', WP19096: '50-100', WP19099: '100-500', WP19109: '500+' };

function csvCells(line: string): string[] {
  const cells: string[] = [];
  const re = /("([^"]*)"|[^,]*)(,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) && m[0] !== '') cells.push(m[2] ?? m[1] ?? '');
  return cells;
}

/**
 * Section job counts of `year` from the feed copy and its key list (data/cbs/weights/, codes/).
 * Keys carry trailing blanks; empty values are secret. A secret size cell gets an equal part of
 * what its section's total leaves after the known cells, so the section still adds up.
 */
export function jobWeightsFrom(feed: string, keys: string, year: number): JobWeights {
  const sectionOf = new Map<string, string>();
  for (const line of keys.split(/\r?\n/).slice(1)) {
    const [key, title] = csvCells(line);
    const letter = /^([A-U]) /.exec(title ?? '')?.[1];
    if (key && letter) sectionOf.set(key.trim(), letter);
  }
  const counts = new Map<string, Map<string, number | undefined>>();
  for (const line of feed.split(/\r?\n/).slice(1)) {
    const [, sbi, size, period, value] = csvCells(line);
    const section = sectionOf.get((sbi ?? '').trim());
    if (!section || period !== `${year}JJ00` || !size) continue;
    const cell = counts.get(section) ?? new Map<string, number | undefined>();
    cell.set(size, value === '' || value === undefined ? undefined : Number(value));
    counts.set(section, cell);
  }
  const sectors: JobWeights['sectors'] = {};
  for (const [section, cell] of counts) {
    const total = cell.get('T001098');
    if (total === undefined) continue;
    const known = Object.keys(SIZE_KEYS).filter((k) => cell.get(k) !== undefined);
    const secret = Object.keys(SIZE_KEYS).filter((k) => cell.get(k) === undefined);
    const rest = Math.max(0, total - known.reduce((s, k) => s + (cell.get(k) ?? 0), 0));
    const bySize: Record<string, number> = {};
    for (const [key, id] of Object.entries(SIZE_KEYS)) bySize[id] = cell.get(key) ?? rest / secret.length;
    sectors[section] = { total, bySize };
  }
  return { tableId: '83583NED', year, sectors };
}
