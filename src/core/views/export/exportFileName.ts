import { sanitiseFileName } from '../../export/sanitiseFileName';

/** The file types the export menu offers. */
export type ExportFormat = 'csv' | 'xlsx' | 'svg' | 'png';

/**
 * The download name of one export: the base (e.g. the figure's title), the date it was made as
 * YYYY-MM-DD (so that files of different days sort and do not overwrite each other), an optional
 * variant ('excel', 'data') and the extension, made safe for every file system.
 * E.g. ('Herkomst 2024', '2026-11-29', 'csv', 'excel') -> 'herkomst-2024-2026-11-29-excel.csv'.
 */
export function exportFileName(base: string, date: string, format: ExportFormat, variant = ''): string {
  const parts = [base, date, variant].filter((part) => part.trim() !== '');
  return sanitiseFileName(`${parts.join(' ')}.${format}`);
}
