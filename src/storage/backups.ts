// Backup and restore, apart from the rest of storage: the app loads them when the user makes or
// reads a backup, so their checks and crypto stay out of the initial bundle.
export { createBackup } from './createBackup';
export { readBackup } from './readBackup';
export { restoreBackup } from './restoreBackup';
