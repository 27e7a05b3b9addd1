export { flowsModel, flowPeriods } from './flowsModel';
export type { FlowsModelInput, FlowsPeriodModel, FlowStep, FunnelStageRow, IntakeRow } from './flowsModel';
export { rateRows } from './rateRows';
export type { FlowRateRow, FlowRates } from './rateRows';
