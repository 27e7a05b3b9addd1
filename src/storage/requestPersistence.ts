/** What asking the browser to keep our data (exempt from eviction) came to. */
export type PersistenceOutcome =
  /** Granted now. */
  | 'granted'
  /** Was already granted earlier. */
  | 'already'
  /** Refused; data stays "best effort" and may be evicted under storage pressure. */
  | 'denied'
  /** No StorageManager (insecure context, file://, old browser). */
  | 'unsupported'
  /** The call itself failed. */
  | 'error';

type PersistApi = Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

/** `navigator.storage` when there is one; reading it never throws. */
export function defaultStorageManager(): PersistApi | undefined {
  return (globalThis.navigator as Navigator | undefined)?.storage;
}

/** Asks for persistent storage (call after the first save); never throws. */
export async function requestPersistence(
  storage: PersistApi | undefined = defaultStorageManager(),
): Promise<PersistenceOutcome> {
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'already';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'error';
  }
}
