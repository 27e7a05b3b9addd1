export type * from './types';
export { SCHEMES, categoryIds } from './classification/schemes';
export type { Category } from './classification/schemes';
