const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when the newest saved data has gone `days` days without a backup. Safari deletes all site
 * data after 7 days without a visit, so data that exists only in the browser is at risk.
 * Times are ISO strings or Dates; no saved data means nothing to remind about.
 */
export function backupReminderDue(
  lastBackupAt: string | Date | undefined,
  newestSaveAt: string | Date | undefined,
  now: Date,
  days = 7,
): boolean {
  if (newestSaveAt === undefined) return false;
  const saved = new Date(newestSaveAt).getTime();
  if (Number.isNaN(saved)) return false;
  const backedUp = lastBackupAt === undefined ? Number.NaN : new Date(lastBackupAt).getTime();
  if (backedUp >= saved) return false;
  return now.getTime() - saved >= days * DAY_MS;
}
