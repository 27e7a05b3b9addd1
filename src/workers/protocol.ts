import type { ImportOptions, ImportResult } from '../core/types';

/** Main thread -> import worker: one file to import. Raw rows never come back, only the result. */
export interface ImportRequest {
  id: number;
  bytes: ArrayBuffer;
  fileName: string;
  options?: ImportOptions;
}

/** Import worker -> main thread. */
export type ImportResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; result: ImportResult };
