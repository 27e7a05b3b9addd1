import { readFileSync } from 'node:fs';
import { importFlows, type ImportFlowsOptions } from '../../../src/core';

/** Imports a committed flow fixture from its bytes, as the app reads a dropped file. */
export function importFixture(name: string, options?: ImportFlowsOptions) {
  return importFlows(new Uint8Array(readFileSync(`test/fixtures/flows/${name}`)), options);
}
