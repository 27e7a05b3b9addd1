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
 * initialisation.
 */
export function useFigureNotes(): { readonly current: FigureNotes } {
  const settings = useSettings();
  // A figure shown without a workspace (a component on its own) still names its source, as unknown.
  let workspace: ReturnType<typeof useWorkspace> | null = null;
  try {
    workspace = useWorkspace();
  } catch {
    workspace = null;
  }
  const notes = $derived.by((): FigureNotes => {
    const made = exportNotes(settings.t, {
      datasetName: workspace?.shown?.name ?? '',
      benchmark: workspace?.benchmarks.current ?? null,
      rules: workspace?.disclosure.table?.rules ?? null,
      audit: workspace?.disclosure.table?.audit ?? null,
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
