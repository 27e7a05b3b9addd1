/** The thresholds publish() applies. Both are headcounts of people. */
export interface DisclosureRules {
  /** A group (any key, at any level of detail) is shown only when it has at least this many people. */
  groupMin: number;
  /** A non-zero category cell is shown only when it has at least this many people. */
  cellMin: number;
}

export type PresetId = 'cbs' | 'standard' | 'internal';

/** The presets of PRODUCT.md §5; 'internal' is also the floor below which no rule may go. */
export const PRESETS: Readonly<Record<PresetId, Readonly<DisclosureRules>>> = {
  cbs: { groupMin: 250, cellMin: 10 },
  standard: { groupMin: 50, cellMin: 10 },
  internal: { groupMin: 10, cellMin: 5 },
};

export const DEFAULT_PRESET: PresetId = 'standard';

/**
 * Resolves a preset id or custom rules to rules that are never below the 'internal' floor.
 * Lower or non-finite values are clamped up to the floor rather than rejected, so a stale setting
 * can only ever make publishing stricter; fractions are rounded up for the same reason.
 */
export function normaliseRules(rules: DisclosureRules | PresetId): DisclosureRules {
  if (typeof rules === 'string') {
    const preset = PRESETS[rules];
    if (!preset) throw new Error(`Unknown disclosure preset '${String(rules)}'.`);
    return { ...preset };
  }
  const floor = PRESETS.internal;
  return {
    groupMin: clampUp(rules.groupMin, floor.groupMin),
    cellMin: clampUp(rules.cellMin, floor.cellMin),
  };
}

function clampUp(value: number, floor: number): number {
  return Number.isFinite(value) ? Math.max(floor, Math.ceil(value)) : floor;
}
