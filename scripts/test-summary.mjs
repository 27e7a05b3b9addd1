// Prints the one line CI reads, `tests: N passed, N failed`, from vitest's JSON report.
// Exits 1 when anything failed, when the report is missing, or when no test ran.
import { readFileSync, existsSync } from 'node:fs';

const path = process.argv[2] ?? 'reports/vitest.json';
if (!existsSync(path)) {
  console.log('tests: 0 passed, 1 failed');
  console.error(`No test report at ${path}: the test run did not finish.`);
  process.exit(1);
}
const r = JSON.parse(readFileSync(path, 'utf8'));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
// A file that fails to load counts no test of its own; count it as a failure so it cannot hide.
const brokenFiles = (r.testResults ?? []).filter(
  (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
).length;
const failed = r.numFailedTests + brokenFiles;
console.log(`tests: ${r.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(r.success && failed === 0 && r.numTotalTests > 0 ? 0 : 1);
