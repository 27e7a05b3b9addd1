import type { ImportedOriginTrend } from './import/notDutchTrend';
import type { RegionalTrend } from './real/regionalTables';

/** One year of a region's trend: the share of the working population not of Dutch origin. */
export interface RegionTrendPoint {
  year: number;
  share: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates the bundled trend-86008NED.json; null when it is not what the build writes. */
export function parseRegionalTrend(input: unknown): RegionalTrend | null {
  if (!isObject(input) || input.tableId !== '86008NED' || typeof input.source !== 'string') return null;
  if (!Array.isArray(input.years) || !input.years.every(Number.isInteger) || !isObject(input.regions)) return null;
  return input as unknown as RegionalTrend;
}

/** The trend of `region` ('' = the Netherlands), years without a figure left out; null when CBS has none. */
export function regionTrend(trend: Pick<RegionalTrend, 'years' | 'regions'>, region: string): RegionTrendPoint[] | null {
  const series = trend.regions[region];
  if (!series) return null;
  const points = trend.years.flatMap((year, i) => {
    const share = series[i];
    return typeof share === 'number' ? [{ year, share }] : [];
  });
  return points.length > 1 ? points : null;
}

/** Validates an imported trend as kept in storage; null when it is not what the import made. */
export function parseImportedTrend(input: unknown): ImportedOriginTrend | null {
  if (!isObject(input) || typeof input.id !== 'string' || !isObject(input.title) || !isObject(input.provenance)) return null;
  if (input.provenance.kind !== 'imported' || typeof input.provenance.source !== 'string') return null;
  if (!Array.isArray(input.years) || !input.years.every(Number.isInteger) || !isObject(input.regions)) return null;
  const length = input.years.length;
  const series = Object.values(input.regions);
  if (!series.every((s) => Array.isArray(s) && s.length === length && s.every((v) => v === null || (typeof v === 'number' && v >= 0 && v <= 1)))) return null;
  return input as unknown as ImportedOriginTrend;
}
