import type { SchemeId } from '../../types';

/** One category of a breakdown: its weight in jobs (or persons) and its effects on the odds. */
export interface EffectSpec {
  /** Relative weight; normalised within its breakdown. */
  weight: number;
  /** [factor for the second category, factor for the third] of the scheme's canonical order. */
  effects: [number, number];
}

/** A national origin mix for one scheme and year, with where it comes from. */
export interface AnchorSpec {
  scheme: SchemeId;
  year: number;
  shares: Record<string, number>;
  /** 'cbs' = a published CBS figure; 'assumption' = derived by us (stated in `note`). */
  kind: 'cbs' | 'assumption';
  source?: string;
  url?: string;
  note?: string;
}

/** The documented input file scripts/benchmark-inputs/benchmark-assumptions.json. */
export interface BenchmarkInputs {
  method: string;
  anchors: AnchorSpec[];
  totals: { jobs: Record<string, number | string>; persons: Record<string, number | string> };
  sectors: Record<string, EffectSpec | string>;
  regions: Record<string, EffectSpec | string>;
  sizeClasses: Record<string, EffectSpec | string>;
  wageClasses: Record<string, EffectSpec | string>;
  ageBands: Record<string, EffectSpec | string>;
}

/** The effect specs of a section, without its `note` string. */
export function effectEntries(section: Record<string, EffectSpec | string>): Array<[string, EffectSpec]> {
  return Object.entries(section).filter((e): e is [string, EffectSpec] => typeof e[1] !== 'string');
}
