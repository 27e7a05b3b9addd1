import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, ImportResult } from '../../../src/core/types';

/** The bytes of a fixture in test/fixtures/import/. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/import', name)));
}

/** The dataset of a result that must be ok, with a readable failure otherwise. */
export function datasetOf(result: ImportResult): Dataset {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.issues, null, 1)}`);
  return result.dataset;
}

/** Issues reduced to what the tests check: code, row, column, severity. */
export function brief(result: ImportResult) {
  return result.issues.map((i) => ({ code: i.code, row: i.row, column: i.column, severity: i.severity }));
}
