export { demoDataset, demoProfile, DEMO_YEARS, DEMO_LEVEL_ORDER } from './demoDataset';
