import type { Plan } from './planImport';
import { readNumber } from './readNumber';
import { isBlankCell, type SheetCell } from './sheetCell';

// A line below the table that only says where the figures come from ('Bron: CBS', '* voorlopig').
const FOOTER = /^(?:bron|source|noot|note|opmerking|toelichting|peildatum|gegenereerd|datum|\*)/i;

/** The columns whose cells are read as numbers (counts, shares, totals); the rest are labels. */
export function valueColumns(plan: Plan): Set<number> {
  const out = new Set<number>(plan.categories.map((c) => c.index));
  for (const i of [plan.count, plan.total]) if (i !== undefined) out.add(i);
  for (const b of plan.blocks) if (b.total !== undefined) out.add(b.total);
  for (const m of plan.melt ?? []) out.add(m.index);
  for (const u of plan.unknownCategories) out.add(u.index);
  return out;
}

/**
 * A footer line: after a blank line below the table (`blankAfterData`), or starting 'Bron',
 * with no number in it.
 */
export function footerTest(plan: Plan): (row: readonly SheetCell[], blankAfterData: boolean) => boolean {
  const values = valueColumns(plan);
  return (row, blankAfterData) => {
    let filled = 0;
    let first: SheetCell | undefined;
    for (let i = 0; i < row.length; i++) {
      const c = row[i]!;
      if (isBlankCell(c)) continue;
      first ??= c;
      if (++filled > 2 || (values.has(i) && typeof c !== 'string')) return false;
      if (values.has(i) && typeof readNumber(c as string, plan.numbers) === 'number') return false;
    }
    return filled > 0 && (blankAfterData || (typeof first === 'string' && FOOTER.test(first.trim())));
  };
}

/** A pivot table prints a row label once: the blank cells below it repeat it. Fills them in place. */
export function fillDownLabels(plan: Plan): (row: readonly SheetCell[]) => void {
  const lastLabels: SheetCell[] = [];
  return (row) => {
    for (const d of plan.dimensions) {
      if (d.index >= plan.width) continue;
      if (isBlankCell(row[d.index])) (row as SheetCell[])[d.index] = lastLabels[d.index] ?? '';
      else lastLabels[d.index] = row[d.index]!;
    }
  };
}
