import type { Dataset } from '../core/types';
import { yearDimension } from '../core/yearDimension';
import { partKeys, publishKey, yearParts, type PresetId, type PublishAudit, type PublishProgress } from '../core/privacy';
import type { KeptTable, Published } from './publishProtocol';

/** Publishes a dataset (a year, or the whole with its years kept) on worker `slot`, as a plain publish request. */
export type RunOnSlot = (
  dataset: Dataset,
  slot: number,
  kept: readonly KeptTable[],
  onProgress?: (progress: PublishProgress) => void,
) => Promise<Published>;

/**
 * What PublishClient does for a large dataset: the years that need an audit, audited at once on up
 * to `slots` publish workers (each year is an independent part: publishByParts; a free slot takes
 * the next year, as years differ in size), then the whole on slot 0 with those years kept, so that
 * worker only puts them side by side. Kept afterwards: what that worker keeps (the whole table)
 * and every year audited now.
 */
export async function publishWithPool(
  dataset: Dataset,
  preset: PresetId,
  kept: readonly KeptTable[],
  slots: number,
  run: RunOnSlot,
  onProgress?: (progress: PublishProgress) => void,
): Promise<Published> {
  const todo = yearsToAudit(dataset, preset, kept, slots);
  const year = yearDimension(dataset) ?? '';
  const fresh: Array<KeptTable & { audit: PublishAudit }> = [];
  let next = 0;
  const slot = async (index: number) => {
    while (next < todo.length) {
      const i = next++;
      const place = { year: todo[i]!.groups[0]?.key[year] ?? '', index: i + 1, count: todo.length };
      const { keep } = await run(todo[i]!, index, kept, (progress) => onProgress?.({ ...progress, part: place }));
      fresh.push(...(keep ?? []));
    }
  };
  await Promise.all(Array.from({ length: Math.min(slots, todo.length) }, (_, index) => slot(index)));
  const published = await run(dataset, 0, [...kept, ...fresh], onProgress);
  const keep = [...(published.keep ?? []), ...fresh];
  return { ...published, ...(keep.length > 0 ? { keep } : {}) };
}

/**
 * The years not kept yet, when two or more of them need an audit and there are two workers or
 * more; else none: when the whole table is kept, or one year needs an audit, one worker does as well.
 */
function yearsToAudit(dataset: Dataset, preset: PresetId, kept: readonly KeptTable[], slots: number): Dataset[] {
  const known = new Set(kept.map((k) => k.key));
  if (slots < 2 || known.has(publishKey(dataset, preset))) return [];
  const keys = partKeys(dataset, preset);
  const todo = yearParts(dataset).filter((_, i) => !known.has(keys[i]!));
  return todo.length < 2 ? [] : todo;
}
