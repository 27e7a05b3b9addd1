export { overviewExportTable } from './overviewExportTable';
export type { OverviewExportLabels } from './overviewExportTable';
export { exportFileName } from './exportFileName';
export type { ExportFormat } from './exportFileName';
export { profileFacts } from './profileFacts';
export type { ProfileFact } from './profileFacts';
export { groupsExportTable, pipelineExportTable, trendsExportTable, targetsExportTable } from './analysisExportTables';
export type { AnalysisExportLabels } from './analysisExportTables';
