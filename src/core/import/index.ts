export { importTable, importTableAsync } from './importTable';
export { importRows } from './importRows';
export { importXlsx, importWorkbook } from './importXlsx';
export { readXlsxRows, readWorkbook, looksLikeXlsx } from './readXlsx';
export type { Workbook } from './readXlsx';
export { templateCsv } from './templateCsv';
export type { TemplateShape } from './templateCsv';
export type { ImportEngineOptions } from './options';
export { MESSAGES } from './messages';
