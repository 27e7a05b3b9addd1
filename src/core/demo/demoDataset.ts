import type { Dataset, Group, OrganisationProfile } from '../types';

/**
 * The fictional demo organisation shown on first visit: a municipality with five units, four
 * salary-scale levels and four years. Counts come from a fixed formula (no randomness), so every
 * visit and every test sees the same numbers. One unit is deliberately small, to show suppression.
 */
const UNITS: Array<{ name: string; size: number; nl: number; eu: number }> = [
  { name: 'Burgerzaken', size: 420, nl: 0.66, eu: 0.09 },
  { name: 'Sociaal Domein', size: 610, nl: 0.61, eu: 0.08 },
  { name: 'Openbare Ruimte', size: 380, nl: 0.8, eu: 0.1 },
  { name: 'Bedrijfsvoering', size: 290, nl: 0.77, eu: 0.1 },
  { name: 'Bestuursstaf', size: 38, nl: 0.86, eu: 0.08 },
];

/** Salary-scale bands from low to high, with how a unit's staff spread over them. */
const LEVELS: Array<{ name: string; weight: number; nlBoost: number }> = [
  { name: 'Schaal 1-6', weight: 0.3, nlBoost: -0.1 },
  { name: 'Schaal 7-9', weight: 0.35, nlBoost: -0.02 },
  { name: 'Schaal 10-11', weight: 0.25, nlBoost: 0.06 },
  { name: 'Schaal 12+', weight: 0.1, nlBoost: 0.14 },
];

export const DEMO_YEARS = ['2021', '2022', '2023', '2024'];
export const DEMO_LEVEL_ORDER = LEVELS.map((l) => l.name);

function demoGroup(year: number, unit: (typeof UNITS)[number], level: (typeof LEVELS)[number]): Group {
  // Each year the unit grows 2% and the share of Dutch origin falls by one point.
  const yearIndex = year - 2021;
  const total = Math.round(unit.size * level.weight * (1 + 0.02 * yearIndex));
  const nlShare = Math.min(0.97, unit.nl + level.nlBoost - 0.01 * yearIndex);
  const nederland = Math.round(total * nlShare);
  const europa = Math.min(total - nederland, Math.round(total * unit.eu));
  const buitenEuropa = total - nederland - europa;
  return {
    key: { jaar: String(year), afdeling: unit.name, schaal: level.name },
    total,
    counts: { nederland, europa, 'buiten-europa': buitenEuropa },
  };
}

export function demoDataset(): Dataset {
  const groups: Group[] = [];
  for (const year of DEMO_YEARS) {
    for (const unit of UNITS) for (const level of LEVELS) groups.push(demoGroup(Number(year), unit, level));
  }
  return {
    scheme: 'herkomst',
    dimensions: ['jaar', 'afdeling', 'schaal'],
    dimensionLabels: { jaar: 'Jaar', afdeling: 'Afdeling', schaal: 'Salarisschaal' },
    groups,
    meta: { name: 'Gemeente Voorbeeldstad (demo)', provenance: 'demo', reference: '2024' },
  };
}

/** The demo's profile: public administration (SBI section O), headcount of its latest year. */
export function demoProfile(): OrganisationProfile {
  const latest = DEMO_YEARS[DEMO_YEARS.length - 1];
  const headcount = demoDataset()
    .groups.filter((g) => g.key.jaar === latest)
    .reduce((sum, g) => sum + g.total, 0);
  return { name: 'Gemeente Voorbeeldstad (demo)', sector: 'O', region: '', headcount };
}
