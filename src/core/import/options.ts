import type { ImportOptions } from '../types';

/** ImportOptions plus what a worker needs: progress, cancellation and the file's name. */
export interface ImportEngineOptions extends ImportOptions {
  /** Called now and then with the fraction of the input parsed so far (0–1). */
  onProgress?: (fraction: number) => void;
  /** Checked while parsing; when it turns true the import stops with a 'cancelled' error. */
  signal?: { aborted: boolean };
  /** Stored in dataset.meta.fileName. */
  fileName?: string;
}
