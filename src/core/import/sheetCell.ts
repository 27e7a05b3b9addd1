/**
 * A cell of a table already split into rows. Text (CSV, clipboard, typed rows, an XLSX text cell)
 * goes through the file's number dialect; a number the workbook stores as a number is read as
 * that number, never locale-guessed; a percent-formatted number carries its percentage (0.655
 * shown as 65,5% is `{ percent: 65.5 }`).
 */
export type SheetCell = string | number | PercentCell;

export interface PercentCell {
  percent: number;
}

/** The cell as the user sees it, for headers, labels and messages. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  return `${cell.percent}%`;
}

/** True for an empty cell or one of only spaces. */
export function isBlankCell(cell: SheetCell | undefined): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}
