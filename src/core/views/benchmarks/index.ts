export type { CurrentBenchmark, CompositeComponentView, UsedCell } from './currentBenchmark';
export { cellParts, codeNames } from './benchmarkCell';
export type { BenchmarkCellKey, CellPart } from './benchmarkCell';
export { effectiveSizeClass } from './effectiveSizeClass';
export type { SizeClassChoice } from './effectiveSizeClass';
export { profileRequest } from './profileRequest';
export { compositeParts } from './compositeParts';
export { neededEntries } from './neededEntries';
export { fallbackNotes } from './fallbackNotes';
export type { BenchmarkNote } from './fallbackNotes';
export { currentFromMatch } from './currentFromMatch';
export { currentFromComposite } from './currentFromComposite';
export { benchmarkTableView } from './benchmarkTableView';
export type { BenchmarkTableView, BenchmarkTableRowView } from './benchmarkTableView';
export { benchmarkCatalogue } from './benchmarkCatalogue';
export type { CatalogueEntry } from './benchmarkCatalogue';
export { importReport } from './importReport';
// Renamed here: the data import (core/importPreview) has an ImportReport of its own.
export type { ImportReport as BenchmarkImportReport, ImportedTableSummary } from './importReport';
