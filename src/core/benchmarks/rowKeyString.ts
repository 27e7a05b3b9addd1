/** A canonical string for a row key: dimension ids sorted, so {region, sector} = {sector, region}. */
export function rowKeyString(key: Record<string, string>): string {
  const dims = Object.keys(key);
  if (dims.length > 1) dims.sort();
  let out = '';
  for (const d of dims) out += `${out ? '\u0001' : ''}${d}=${key[d]}`;
  return out;
}
