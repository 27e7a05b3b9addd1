import type { FinestGroups } from './normaliseGroups';

/** The fingerprint of normalised finest groups (see fingerprintDataset); its own module so that the main thread can key published tables without loading publish(). */
export function fingerprintGroups(finest: FinestGroups): string {
  const { dimensions, categories, labels, counts, rest, source } = finest;
  const text = JSON.stringify([dimensions, categories, labels, counts, rest, source]);
  return `${text.length.toString(36)}-${hash64(text)}`;
}

/** cyrb53's two 32-bit lanes (public domain, bryc), both kept: 64 bits as 16 hex digits. */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}
