import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { lookupBenchmark, parseBenchmarkManifest, parseBenchmarkTable } from '../../../src/core';
import { currentFromMatch } from '../../../src/core/views/benchmarks';
import type { BenchmarkTable, Locale } from '../../../src/core/types';
import BenchmarkSource from '../../../src/components/BenchmarkSource.svelte';
import ProvenanceDetails from '../../../src/components/benchmarks/ProvenanceDetails.svelte';
import { translate } from '../../../src/i18n/translate';
import { wordBenchmark } from '../../../src/i18n/wordBenchmark';
import InContext from './InContext.svelte';

// Every bundled table, as the app fetches it.
const dir = join(__dirname, '../../../public/benchmarks');
const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const tables: BenchmarkTable[] = parseBenchmarkManifest(read('manifest.json')).entries.map((e) => {
  const parsed = parseBenchmarkTable(read(e.file));
  if (!parsed.ok) throw new Error(e.file);
  return parsed.table;
});

type Props = Record<string, unknown>;
const show = (component: unknown, props: Props, locale: Locale = 'nl') =>
  render(InContext, { props: { component: component as Component<Props>, props, locale } }).container.textContent ?? '';

/** The words a Dutch reader must find: real or modelled, and what is counted. */
function expectKindAndPopulation(text: string, kind: string, population: string) {
  expect(text).toContain(kind === 'cbs' ? 'echt CBS-cijfer' : 'gemodelleerd (illustratief), geen CBS-cijfer');
  expect(text).toContain(population === 'persons' ? 'telt personen met werk naar woonplaats' : 'telt banen van werknemers naar vestiging van de werkgever');
  // no file paths and no English in Dutch provenance
  expect(text).not.toMatch(/scripts\/|\.mjs|\.json|src\/|data\/cbs| the | and | with /);
}

afterEach(cleanup);

describe('every bundled benchmark says what it counts and whether it is real', () => {
  it(`covers all ${tables.length} bundled tables, real and modelled`, () => {
    // 32 real (12 × 85456NED, 19 × 82809NED, 85512NED) and 37 modelled
    expect(tables.filter((t) => t.provenance.kind === 'cbs')).toHaveLength(32);
    expect(tables.filter((t) => t.provenance.kind === 'illustrative')).toHaveLength(37);
  });

  it.each(tables.map((t) => [t.id, t] as const))('%s in the benchmark browser', (_id, table) => {
    const text = show(ProvenanceDetails, { provenance: table.provenance, population: table.population });
    expectKindAndPopulation(text, table.provenance.kind, table.population);
  });

  it.each(tables.map((t) => [t.id, t] as const))('%s as the benchmark compared with', (_id, table) => {
    const match = lookupBenchmark([table], { scheme: table.scheme, year: table.year });
    if (!match.ok) throw new Error('no match');
    // as the state hands it over: in words
    const benchmark = wordBenchmark((key, params) => translate('nl', key, params), 'nl', currentFromMatch(match));
    const text = show(BenchmarkSource, { benchmark });
    // the national row decides: the modelled 2020 jobs tables and the herkomst age tables have a real CBS national row
    expectKindAndPopulation(text, match.provenance.kind, table.population);
    if (match.provenance.tableId) expect(text).toContain(`Bron benchmark: CBS, StatLine ${match.provenance.tableId}`);
  });

  it('says it in English too', () => {
    const table = tables.find((t) => t.id === 'cbs-85512NED-2021')!;
    const text = show(ProvenanceDetails, { provenance: table.provenance, population: table.population }, 'en');
    expect(text).toContain('real CBS figure; counts persons in work by where they live');
  });
});
