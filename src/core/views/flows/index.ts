export { flowsModel, flowPeriods } from './flowsModel';
export type { FlowsModelInput, FlowsPeriodModel, FlowStep, FunnelStageRow, IntakeRow } from './flowsModel';
export { rateRows } from './rateRows';
export type { FlowRateRow, FlowRates } from './rateRows';
export { flowMeasures, rateFinding, largestIntakeShift } from './flowMeasures';
export type { FlowMeasure, RateFinding } from './flowMeasures';
export { funnelExportTable, ratesExportTable, intakeExportTable } from './flowExportTables';
export type { FlowExportLabels } from './flowExportTables';
