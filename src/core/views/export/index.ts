export { overviewExportTable } from './overviewExportTable';
export type { OverviewExportLabels } from './overviewExportTable';
export { exportFileName } from './exportFileName';
export type { ExportFormat } from './exportFileName';
export { profileFacts } from './profileFacts';
export type { ProfileFact } from './profileFacts';
