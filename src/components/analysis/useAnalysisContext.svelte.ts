import { SCHEMES, currentKey, yearDimension } from '../../core';
import type { Dataset } from '../../core/types';
import { useAnalysisSettings } from '../../state/analysisSettings.svelte';
import { useSettings } from '../../state/settings.svelte';
import { useWorkspace } from '../../state/workspace.svelte';

/** The distinct values of one dimension in the dataset, in natural order (structure, not numbers). */
export function valuesOf(dataset: Dataset, dimension: string): string[] {
  const set = new Set<string>();
  for (const g of dataset.groups) {
    const v = g.key[dimension];
    if (v !== undefined) set.add(v);
  }
  return [...set].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
}

/**
 * What every analysis screen reads from context, derived once: the dataset's structure (its year
 * dimension, its other dimensions and their labels), the category labels and the latest year.
 * Call during component initialisation.
 */
export function useAnalysisContext() {
  const settings = useSettings();
  const workspace = useWorkspace();
  const analysis = useAnalysisSettings(workspace);
  $effect(() => {
    void workspace.shown;
    void workspace.store;
    void analysis.load();
  });
  const dataset = $derived(workspace.shown?.dataset ?? null);
  const yearDim = $derived(dataset ? yearDimension(dataset) : undefined);
  const years = $derived(dataset && yearDim ? valuesOf(dataset, yearDim) : []);
  const latest = $derived(dataset && yearDim ? (currentKey(dataset)[yearDim] ?? '') : '');
  const otherDims = $derived(dataset ? dataset.dimensions.filter((d) => d !== yearDim) : []);
  const categoryLabels = $derived(
    dataset ? Object.fromEntries(SCHEMES[dataset.scheme].map((c) => [c.id, c[settings.locale]])) : {},
  );
  return {
    settings,
    workspace,
    analysis,
    get dataset() {
      return dataset;
    },
    get yearDim() {
      return yearDim;
    },
    get years() {
      return years;
    },
    get latest() {
      return latest;
    },
    get otherDims() {
      return otherDims;
    },
    get categoryLabels(): Record<string, string> {
      return categoryLabels;
    },
    dimLabel(d: string): string {
      return dataset?.dimensionLabels?.[d] ?? d;
    },
  };
}
