export { findLabel, labelSchemes } from './labels';
export type { LabelMeaning, LabelTarget } from './labels';
export { normaliseLabel } from './normaliseLabel';
export { findLabelById } from './findLabelById';
