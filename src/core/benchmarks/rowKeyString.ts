/** A canonical string for a row key: dimension ids sorted, so {region, sector} = {sector, region}. */
export function rowKeyString(key: Record<string, string>): string {
  const dims = Object.keys(key);
  if (dims.length === 0) return '';
  if (dims.length === 1) return `${dims[0]}=${key[dims[0] as string]}`;
  return dims.sort().map((d) => `${d}=${key[d]}`).join('\u0001');
}
