export { placeValueLabel, estimateTextWidth, anchorWithin } from './placeValueLabel';
export type { Obstacle } from './placeValueLabel';
export { spreadLabels } from './spreadLabels';
