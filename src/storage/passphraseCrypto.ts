import { base64ToBytes, bytesToBase64, utf8 } from './encoding';

/** OWASP's floor for PBKDF2-HMAC-SHA-256 when this was written; files with fewer are refused. */
export const MIN_ITERATIONS = 310_000;
/** Refuse absurd counts from foreign files rather than hang the tab deriving a key. */
const MAX_ITERATIONS = 10_000_000;

/** Stored in clear beside the ciphertext; none of it is secret. */
export interface EncryptionParams {
  cipher: 'AES-GCM-256';
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64, 16 random bytes. */
  salt: string;
  /** base64, 12 random bytes. */
  iv: string;
  /**
   * base64 of 32 bytes derived from the passphrase beside the key. It tells a wrong passphrase from
   * a damaged file; testing a guess against it costs the same full PBKDF2 run as trying the key.
   */
  check: string;
}

export type DecryptOutcome = { ok: true; text: string } | { ok: false; code: 'wrong-passphrase' | 'corrupted' };

/**
 * PBKDF2 gives one 256-bit secret (asking it for more bits would double our cost but not an
 * attacker's); HKDF splits that into the AES key and the check value.
 */
async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const secret = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  const master = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveBits', 'deriveKey']);
  const expand = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8(info) });
  const key = await crypto.subtle.deriveKey(expand('barometer-backup key'), master, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const check = new Uint8Array(await crypto.subtle.deriveBits(expand('barometer-backup check'), master, 256));
  return { key, check: bytesToBase64(check) };
}

export async function encryptText(
  text: string,
  passphrase: string,
  iterations = MIN_ITERATIONS,
): Promise<{ encryption: EncryptionParams; ciphertext: string }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const { key, check } = await deriveKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, utf8(text));
  return {
    encryption: {
      cipher: 'AES-GCM-256',
      kdf: 'PBKDF2-SHA-256',
      iterations,
      salt: bytesToBase64(salt),
      iv: bytesToBase64(iv),
      check,
    },
    ciphertext: bytesToBase64(new Uint8Array(sealed)),
  };
}

/** Whether the parameters are ones this version wrote and can safely use. */
export function isUsableParams(value: unknown): value is EncryptionParams {
  const p = value as Partial<EncryptionParams> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    p.cipher === 'AES-GCM-256' &&
    p.kdf === 'PBKDF2-SHA-256' &&
    Number.isInteger(p.iterations) &&
    p.iterations! >= MIN_ITERATIONS &&
    p.iterations! <= MAX_ITERATIONS &&
    typeof p.salt === 'string' &&
    typeof p.iv === 'string' &&
    typeof p.check === 'string'
  );
}

export async function decryptText(
  params: EncryptionParams,
  ciphertext: string,
  passphrase: string,
): Promise<DecryptOutcome> {
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, sealed: Uint8Array<ArrayBuffer>;
  try {
    [salt, iv, sealed] = [base64ToBytes(params.salt), base64ToBytes(params.iv), base64ToBytes(ciphertext)];
  } catch {
    return { ok: false, code: 'corrupted' };
  }
  if (salt.length !== 16 || iv.length !== 12) return { ok: false, code: 'corrupted' };
  const { key, check } = await deriveKey(passphrase, salt, params.iterations);
  if (check !== params.check) return { ok: false, code: 'wrong-passphrase' };
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    // The GCM tag did not match: the ciphertext, salt or IV was changed after writing.
    return { ok: false, code: 'corrupted' };
  }
}
