import { parsePercentInput } from './parsePercentInput';

/** What the user typed on the targets screen, kept as text so a half-typed value survives. */
export interface TargetInputs {
  /** Category id -> target share as typed (percent); '' = no target for that category. */
  targets: Record<string, string>;
  targetYear: string;
  /** Yearly turnover as typed (percent). */
  turnover: string;
}

export type TargetInputErrorCode = 'not-a-number' | 'out-of-range' | 'year-not-after' | 'year-too-far' | 'sum-above-100' | 'required';

/** A refused input: the field (a category id, 'targetYear', 'turnover' or 'targets') and why. */
export interface TargetInputError {
  field: string;
  code: TargetInputErrorCode;
}

export interface ValidTargets {
  /** Category id -> fraction, or null for no target (or an invalid one). */
  targets: Record<string, number | null>;
  targetYear: number | null;
  turnover: number | null;
}

/** A streefjaar further out than this is not a plan: refused so that a typo (2205) is caught. */
export const MAX_YEARS_AHEAD = 30;

/**
 * Checks the targets screen's inputs: targets 0–100% that together stay within 100%, a target
 * year after the current one and at most MAX_YEARS_AHEAD ahead, a turnover above 0 and at most 100%.
 * Invalid values come back as null alongside an error, so the rest of the screen keeps working.
 */
export function validateTargetInputs(
  inputs: TargetInputs,
  categories: readonly string[],
  currentYear: number,
): { values: ValidTargets; errors: TargetInputError[] } {
  const errors: TargetInputError[] = [];
  const targets: Record<string, number | null> = {};
  for (const c of categories) {
    const parsed = parsePercentInput(inputs.targets[c] ?? '');
    if (parsed.ok) targets[c] = parsed.value;
    else {
      targets[c] = null;
      errors.push({ field: c, code: parsed.error });
    }
  }
  const sum = Object.values(targets).reduce<number>((a, v) => a + (v ?? 0), 0);
  if (sum > 1 + 1e-9) errors.push({ field: 'targets', code: 'sum-above-100' });

  let targetYear: number | null = null;
  const yearText = inputs.targetYear.trim();
  if (yearText === '') errors.push({ field: 'targetYear', code: 'required' });
  else if (!/^\d{4}$/.test(yearText)) errors.push({ field: 'targetYear', code: 'not-a-number' });
  else if (Number(yearText) <= currentYear) errors.push({ field: 'targetYear', code: 'year-not-after' });
  else if (Number(yearText) > currentYear + MAX_YEARS_AHEAD) errors.push({ field: 'targetYear', code: 'year-too-far' });
  else targetYear = Number(yearText);

  let turnover: number | null = null;
  const parsed = parsePercentInput(inputs.turnover);
  if (!parsed.ok) errors.push({ field: 'turnover', code: parsed.error });
  else if (parsed.value === null) errors.push({ field: 'turnover', code: 'required' });
  else if (parsed.value === 0) errors.push({ field: 'turnover', code: 'out-of-range' });
  else turnover = parsed.value;

  return { values: { targets, targetYear, turnover }, errors };
}
