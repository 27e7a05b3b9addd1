import { PROVINCES } from './provinces';

/** The region types of the CBS regional tables, as StatLine marks them after the name. */
export type CbsRegionType = 'LD' | 'PV' | 'CR' | 'AM' | 'GM';

/** One region of a CBS regional table: its id in Barometer, its type and its Dutch name. */
export interface CbsRegion {
  id: string;
  type: CbsRegionType;
  nl: string;
}

const SUFFIX = /^(.*?)\s*\((LD|PV|CR|AM|gemeente)\)\s*$/;

/**
 * The type and name of a StatLine region title: "Groot Amsterdam (AM)" is a labour-market region,
 * "Utrecht (gemeente)" the municipality, "Nederland" the country (null), a bare name a municipality.
 */
export function parseRegionTitle(title: string): { type: CbsRegionType; name: string } | null {
  const text = title.trim();
  if (text === 'Nederland') return null;
  const m = SUFFIX.exec(text);
  if (!m) return { type: 'GM', name: text };
  const type = m[2] === 'gemeente' ? 'GM' : (m[2] as CbsRegionType);
  return { type, name: (m[1] ?? '').trim() };
}

/**
 * The Barometer id of a region. Labour-market regions and provinces carry CBS's own codes (AM18,
 * PV27). For landsdelen, COROP regions and municipalities our source files give names only, so
 * their ids are the type and the name ("GM:Amsterdam"), stable as long as CBS keeps the name.
 */
export function cbsRegionId(type: CbsRegionType, name: string, amCodes: ReadonlyMap<string, string>): string | undefined {
  if (type === 'AM') return amCodes.get(name);
  if (type === 'PV') return PROVINCES.items.find((p) => p.nl === name || p.aliases?.includes(name))?.id;
  return `${type}:${name}`;
}

/** The name inside a name-based id ("GM:Amsterdam" -> "Amsterdam"); undefined for code ids. */
export function nameOfRegionId(id: string): string | undefined {
  const m = /^(LD|CR|GM):(.+)$/.exec(id);
  return m?.[2];
}

const TYPES: readonly string[] = ['LD', 'PV', 'CR', 'AM', 'GM'];

/** Validates the bundled regions.json; malformed entries are left out. */
export function parseCbsRegions(input: unknown): CbsRegion[] {
  if (!Array.isArray(input)) return [];
  return input.filter((r): r is CbsRegion => typeof r === 'object' && r !== null
    && typeof (r as CbsRegion).id === 'string' && typeof (r as CbsRegion).nl === 'string' && TYPES.includes((r as CbsRegion).type));
}
