import type { ExportUnits } from '../core/export';
import type { MessageKey } from './catalogue';

/** The unit words export headers carry, in the current language (core adds them to the labels). */
export function exportUnits(t: (key: MessageKey) => string): ExportUnits {
  return { pp: t('unit.pp'), index: t('export.unit.index') };
}
