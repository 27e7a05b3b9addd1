export { importTable, importTableAsync } from './importTable';
export { importRows } from './importRows';
export type { ImportEngineOptions } from './options';
export { MESSAGES } from './messages';
