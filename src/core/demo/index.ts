export { demoDataset, demoProfile, DEMO_YEARS, DEMO_LEVEL_ORDER } from './demoDataset';
export { demoFlows, demoStocks, DEMO_FUNNEL_STAGES } from './demoFlows';
