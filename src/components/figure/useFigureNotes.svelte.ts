import type { PublishedTable } from '../../core';
import { useSettings } from '../../state/settings.svelte';
import { useWorkspace } from '../../state/workspace.svelte';
import { exportNotes, type ExportNotes } from '../export/exportNotes';

export interface FigureNotes extends ExportNotes {
  /** The line under a figure on screen: where the organisation's numbers and the benchmark come from. */
  figureSource: string;
}

/**
 * The notes every figure shares: its source line on screen, and the source, benchmark,
 * thresholds and audit written under its exported table and chart. Call during component
 * initialisation. `published` is the table the figure's numbers come from when it is not the
 * staff table (the flow table): its thresholds and audit are the ones its exports state.
 */
export function useFigureNotes(published?: () => PublishedTable | null | undefined): { readonly current: FigureNotes } {
  const settings = useSettings();
  // A figure shown without a workspace (a component on its own) still names its source, as unknown.
  let workspace: ReturnType<typeof useWorkspace> | null = null;
  try {
    workspace = useWorkspace();
  } catch {
    workspace = null;
  }
  const notes = $derived.by((): FigureNotes => {
    const table = published?.() ?? workspace?.disclosure.table ?? null;
    const made = exportNotes(settings.t, {
      datasetName: workspace?.shown?.name ?? '',
      benchmark: workspace?.benchmarks.current ?? null,
      rules: table?.rules ?? null,
      audit: table?.audit ?? null,
      date: new Date().toLocaleDateString(settings.locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }),
    });
    return { ...made, figureSource: `${made.sourceLine} ${made.benchmark}` };
  });
  return {
    get current() {
      return notes;
    },
  };
}
