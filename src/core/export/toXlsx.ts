import { buildXlsxSheet } from './buildXlsxSheet';
import type { ExportTable } from './types';

/**
 * The table as an .xlsx file's bytes. Uses write-excel-file's 'universal' entry, which needs only
 * a global Blob (browsers, workers and Node ≥ 18 all have one) and no DOM; it is imported on
 * demand so the writer stays out of the initial bundle.
 */
export async function toXlsx(table: ExportTable): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const sheet = buildXlsxSheet(table);
  const blob = await writeXlsxFile(sheet.data, { sheet: sheet.name, columns: sheet.columns }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
