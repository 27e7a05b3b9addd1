import type { StorageError, StorageErrorCode } from './types';

/** DOMException names as IndexedDB raises them, mapped to what the user can do about them. */
const CODES: Record<string, StorageErrorCode> = {
  QuotaExceededError: 'quota',
  // Near the quota, browsers often abort the transaction instead of naming the quota (Firefox,
  // Chromium at commit); we never abort on purpose except after another error we report first.
  AbortError: 'quota',
  InvalidStateError: 'closed',
  NotFoundError: 'not-found',
  DataError: 'invalid',
  DataCloneError: 'invalid',
  ConstraintError: 'invalid',
  VersionError: 'version-change',
  SecurityError: 'unavailable',
  UnknownError: 'unknown',
};

/** Turns anything an IndexedDB call threw or rejected with into a StorageError. */
export function toStorageError(error: unknown, fallback: StorageErrorCode = 'unknown'): StorageError {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') {
    const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
    return { code: CODES[error.name] ?? fallback, detail: `${error.name}: ${message}` };
  }
  return { code: fallback, detail: String(error) };
}
