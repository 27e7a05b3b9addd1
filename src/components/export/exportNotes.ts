import type { DisclosureRules, PublishAudit } from '../../core';
import type { MessageKey } from '../../i18n/translate';
import type { CurrentBenchmark } from '../../state/benchmarks.svelte';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface ExportNotes {
  /** Where the organisation's numbers come from. */
  sourceLine: string;
  /** The benchmark's provenance and the thresholds in force. */
  provenance: string;
  /** The benchmark's sentence alone (or that there is none). */
  benchmark: string;
  /** Every note written below an exported table, in order. */
  notes: string[];
}

const KIND: Record<CurrentBenchmark['provenance']['kind'], MessageKey> = {
  cbs: 'benchmark.cbs',
  illustrative: 'benchmark.illustrative',
  imported: 'benchmark.imported',
};

/**
 * The sentences that make an exported table or chart self-explaining: source, benchmark provenance
 * (an illustrative benchmark says so), the disclosure thresholds and what the audit hid, what '.'
 * means and the date.
 */
export function exportNotes(
  t: Translate,
  input: {
    datasetName: string;
    benchmark: CurrentBenchmark | null;
    rules: DisclosureRules | null;
    date: string;
    /** What the disclosure audit hid: every export says how many cells, and why. */
    audit?: PublishAudit | null;
  },
): ExportNotes {
  const sourceLine = t('export.noteSource', { dataset: input.datasetName });
  const benchmark = input.benchmark
    ? t('export.noteBenchmark', {
        label: input.benchmark.label,
        kind: input.benchmark.counts ?? t(KIND[input.benchmark.provenance.kind]),
        source: input.benchmark.provenance.source,
      })
    : t('export.noteNoBenchmark');
  const thresholds = input.rules ? t('export.noteThresholds', { group: input.rules.groupMin, cell: input.rules.cellMin }) : '';
  const made = t('export.noteMade', { date: input.date });
  const audited = input.audit?.audited
    ? t('export.noteAudited', { primary: input.audit.primary, complementary: input.audit.complementary })
    : '';
  const provenance = [benchmark, thresholds].filter(Boolean).join(' ');
  return {
    sourceLine,
    provenance,
    benchmark,
    notes: [sourceLine, benchmark, thresholds, audited, t('export.noteSuppressed'), made].filter(Boolean),
  };
}
