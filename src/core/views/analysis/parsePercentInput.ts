/** Why a typed percentage was refused. */
export type PercentInputError = 'not-a-number' | 'out-of-range';

/**
 * Reads a percentage as a user types it in either language ("12,5", "12.5", "12,5 %") into a
 * fraction. '' is no value (null), not an error. Accepts 0–100 inclusive; `min`/`max` narrow it.
 */
export function parsePercentInput(
  text: string,
  min = 0,
  max = 100,
): { ok: true; value: number | null } | { ok: false; error: PercentInputError } {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (trimmed === '') return { ok: true, value: null };
  if (!/^[+-]?\d+([.,]\d+)?$/.test(trimmed)) return { ok: false, error: 'not-a-number' };
  const value = Number(trimmed.replace(',', '.'));
  if (value < min || value > max) return { ok: false, error: 'out-of-range' };
  return { ok: true, value: value / 100 };
}
