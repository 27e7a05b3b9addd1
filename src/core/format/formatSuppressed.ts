/** What a suppressed cell shows in every view and export: CBS's '.', explained by a legend note. */
export function formatSuppressed(): string {
  return '.';
}
