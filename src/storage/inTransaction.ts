import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { BarometerDB } from './schema';

type Names = StoreNames<BarometerDB>[];

/**
 * Runs `work` in one transaction and resolves only once it committed. On any failure the
 * transaction is aborted and awaited, so the store is back as it was before the error is returned.
 */
export async function inTransaction<N extends Names, M extends IDBTransactionMode, T>(
  db: IDBPDatabase<BarometerDB>,
  names: N,
  mode: M,
  work: (tx: IDBPTransaction<BarometerDB, N, M>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(names, mode);
  // Handled here so an abort is never an unhandled rejection; awaited below either way.
  tx.done.catch(() => undefined);
  try {
    const value = await work(tx);
    await tx.done;
    return value;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished (aborted by the browser, e.g. over quota): nothing left to undo.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/**
 * Marks a request's promise as handled. When a later request in the same transaction throws, the
 * earlier ones reject with AbortError after we have stopped listening; they must not surface as
 * unhandled rejections. The transaction's own error is what gets reported.
 */
export function quietly<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}
