import type { SchemeId } from '../../types';
import { categoryIds } from '../../classification/schemes';
import { effectEntries, type AnchorSpec, type BenchmarkInputs, type EffectSpec, type RealInputs } from './benchmarkInputs';
import { roundShares } from './rakeShares';

/**
 * Anchors with every 'derived' one computed: the CBS figure of year `from` plus the real change of
 * the working population's shares from `from` to `year`. So a modelled jobs table moves with the
 * real national figures of its year, while staying on the employees' level CBS published.
 */
export function resolveAnchors(inputs: BenchmarkInputs, real: RealInputs | undefined): AnchorSpec[] {
  return inputs.anchors.map((anchor) => {
    if (anchor.kind !== 'derived') return anchor;
    const base = inputs.anchors.find((a) => a.scheme === anchor.scheme && a.year === anchor.from && a.kind === 'cbs');
    const persons = real?.persons[anchor.scheme];
    const now = persons?.[anchor.year];
    const then = anchor.from === undefined ? undefined : persons?.[anchor.from];
    if (!base || !now || !then) throw new Error(`benchmark inputs: cannot derive ${anchor.scheme} ${anchor.year}`);
    const ids = categoryIds(anchor.scheme);
    const raw = ids.map((id) => (base.shares[id] ?? 0) + (now.shares[id] ?? 0) - (then.shares[id] ?? 0));
    const rounded = roundShares(raw);
    return { ...anchor, shares: Object.fromEntries(ids.map((id, k) => [id, rounded[k] ?? 0])) };
  });
}

/**
 * The sector section with real job weights (83583NED) where CBS has them; sections it lacks (T, U)
 * keep their assumed share of all jobs. Effects stay assumptions.
 */
export function sectorSection(inputs: BenchmarkInputs, real: RealInputs | undefined): Record<string, EffectSpec | string> {
  const jobs = real?.jobs;
  if (!jobs) return inputs.sectors;
  const specs = effectEntries(inputs.sectors);
  const assumedTotal = specs.reduce((s, [, spec]) => s + spec.weight, 0);
  const missing = specs.filter(([id]) => !jobs.sectors[id]).reduce((s, [, spec]) => s + spec.weight / assumedTotal, 0);
  const realTotal = specs.reduce((s, [id]) => s + (jobs.sectors[id]?.total ?? 0), 0);
  return Object.fromEntries(specs.map(([id, spec]) => {
    const count = jobs.sectors[id]?.total;
    return [id, { ...spec, weight: count === undefined ? spec.weight / assumedTotal : (count / realTotal) * (1 - missing) }];
  }));
}

/** The size section one sector is split by: its own job counts by size class when CBS has them. */
export function sizeSectionFor(inputs: BenchmarkInputs, real: RealInputs | undefined): (sector: string) => Record<string, EffectSpec | string> {
  return (sector) => {
    const bySize = real?.jobs?.sectors[sector]?.bySize;
    if (!bySize) return inputs.sizeClasses;
    return Object.fromEntries(effectEntries(inputs.sizeClasses).map(([id, spec]) => [id, { ...spec, weight: bySize[id] ?? 0 }]));
  };
}

/** The real national figure of the persons counted by the age table, when there is one. */
export function realPersons(real: RealInputs | undefined, scheme: SchemeId, year: number) {
  return real?.persons[scheme]?.[year];
}
