import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bytes of one of the shared samples (copied into test/fixtures/e2e/). */
export function sample(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/e2e', name)));
}

export const bytesOf = (text: string) => new TextEncoder().encode(text);
