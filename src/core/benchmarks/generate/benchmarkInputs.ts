import type { SchemeId } from '../../types';
import type { JobWeights } from './jobWeights';

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
  /**
   * 'cbs' = a published CBS figure; 'derived' = the CBS figure of year `from` moved by the real
   * change of the working population's shares from `from` to `year` (RealInputs.persons), so it
   * follows the real national figures; 'assumption' = stated in `note`.
   */
  kind: 'cbs' | 'derived' | 'assumption';
  from?: number;
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

/** A real national figure of the working population (persons) of one scheme and year. */
export interface RealNational {
  shares: Record<string, number>;
  /** Persons. */
  total: number;
  tableId: string;
}

/** Real CBS figures the modelled tables are made to agree with (read by the build script from data/cbs/). */
export interface RealInputs {
  persons: Partial<Record<SchemeId, Record<number, RealNational>>>;
  /** Scheme-years with a real age table: no modelled one is made for them. */
  realAge: Partial<Record<SchemeId, number[]>>;
  /** Employee jobs by section and size class: the sector and sector × size weights. */
  jobs?: JobWeights;
}
