import type { StorageError, StorageResult } from './types';
import { toStorageError } from './toStorageError';

export function ok<T>(value: T): StorageResult<T> {
  return { ok: true, value };
}

export function fail<T>(error: StorageError): StorageResult<T> {
  return { ok: false, error };
}

/** Runs `action` and returns its value, or whatever it threw as a StorageError. */
export async function attempt<T>(action: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return ok(await action());
  } catch (error) {
    return fail(toStorageError(error));
  }
}
