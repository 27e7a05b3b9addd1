/** One code of a reference classification with its display labels. */
export interface ReferenceItem {
  /** Stable id used as a benchmark key code, e.g. 'A' or 'AM19'. */
  id: string;
  nl: string;
  en: string;
  /** Other spellings seen in CBS tables (StatLine titles, older names), matched case-insensitively. */
  aliases?: readonly string[];
}

/** A classification kept as data with the year it describes, so it can be corrected without code changes. */
export interface ReferenceList<T extends ReferenceItem = ReferenceItem> {
  id: string;
  /** The year the list describes (region boundaries and names change). */
  referenceYear: number;
  /** Where the list comes from and how certain it is. */
  source: string;
  items: readonly T[];
}
