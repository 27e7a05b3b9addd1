import type { DisclosureRules } from './rules';

/** Why a cell is not shown; shown to the user as a tooltip and in the legend of '.'. */
export type SuppressionReason = 'group-too-small' | 'cell-too-small' | 'attribute' | 'complementary' | 'source';

/** One count that a view or export may show. */
export interface PublishedCell {
  /** Any subset of the dataset's dimensions; {} is the whole organisation. */
  key: Record<string, string>;
  /** A main category id of the dataset's scheme, or 'total' for the group's headcount. */
  category: string;
  /** A whole number of people, or null when suppressed. */
  value: number | null;
  reason?: SuppressionReason;
}

/** Every number any view or export may show: the output of publish(). */
export interface PublishedTable {
  /** The thresholds actually applied (after clamping to the floor). */
  rules: DisclosureRules;
  cells: PublishedCell[];
  /**
   * What disclosure control did, for the screen and every export: cells hidden by the rules
   * themselves, cells hidden only to protect those, and whether the exact audit passed (views
   * never show a table where it did not). Set by publish() and by a precomputed pattern.
   */
  audit?: PublishAudit;
}

export interface PublishAudit {
  /** True when no hidden cell can be narrowed to a single whole number from what is published. */
  audited: boolean;
  /** Cells hidden by the rules (group, cell, attribute, source). */
  primary: number;
  /** Cells hidden only so that the primary ones cannot be recomputed. */
  complementary: number;
}
