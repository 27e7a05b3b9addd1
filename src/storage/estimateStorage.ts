import { defaultStorageManager } from './requestPersistence';

/** Usage and quota of this origin in bytes, for the settings screen. */
export type StorageEstimateResult =
  | { supported: true; usage: number; quota: number; persisted?: boolean }
  | { supported: false };

type EstimateApi = Partial<Pick<StorageManager, 'estimate' | 'persisted'>>;

/** `navigator.storage.estimate()` with graceful absence; never throws. */
export async function estimateStorage(
  storage: EstimateApi | undefined = defaultStorageManager() as EstimateApi | undefined,
): Promise<StorageEstimateResult> {
  if (typeof storage?.estimate !== 'function') return { supported: false };
  try {
    const { usage = 0, quota = 0 } = await storage.estimate();
    const persisted = typeof storage.persisted === 'function' ? await storage.persisted() : undefined;
    return { supported: true, usage, quota, ...(persisted === undefined ? {} : { persisted }) };
  } catch {
    return { supported: false };
  }
}
