import type { Dataset, ImportOptions, SchemeId } from '../core/types';
import type { FlowImport } from '../core/flows';
import type { ImportReport, ImportSource } from '../core/importPreview';

/**
 * What the main thread sends: a core source, or the picked file itself. A File crosses as a
 * handle, so the worker reads its bytes and the main thread never copies or holds them.
 */
export type WorkerSource = ImportSource | { kind: 'file'; file: Blob; fileName: string; sheet?: string };

/**
 * Main thread -> import worker. 'import' reads one source; 'take' asks for the dataset of a
 * finished import, which the worker keeps until then so that a large dataset crosses only
 * when the user saves it. Raw rows never come back: only the preview's first rows.
 */
export type ImportRequest =
  | { type: 'import'; id: number; source: WorkerSource; fileName?: string; options?: ImportOptions }
  | { type: 'take'; id: number }
  /** A file of flows (issue #18), read by the same readers; `scheme` is the dataset's they are added to. */
  | { type: 'flows'; id: number; source: WorkerSource; scheme?: SchemeId };

/** Import worker -> main thread. */
export type ImportResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'report'; report: ImportReport }
  | { id: number; type: 'dataset'; dataset: Dataset | null }
  | { id: number; type: 'flows'; result: FlowImport };
