import { describe, expect, it } from 'vitest';
import type { BenchmarkManifestEntry, BenchmarkRequest } from '../../../src/core';
import { neededEntries } from '../../../src/core/views/benchmarks';

const entry = (scheme: BenchmarkManifestEntry['scheme'], year: number, dimensions: string[]): BenchmarkManifestEntry => ({
  id: `${scheme}-${year}-${dimensions.join('-')}`, scheme, year, population: 'jobs', dimensions,
  title: { nl: 't', en: 't' }, provenanceKind: 'illustrative', file: `${scheme}-${year}-${dimensions.join('-')}.json`, bytes: 1,
});

const MANIFEST = [2021, 2024].flatMap((year) => [
  entry('herkomst', year, ['sector']),
  entry('herkomst', year, ['sector', 'region']),
  entry('herkomst', year, ['sector', 'sizeClass']),
  entry('herkomst', year, ['ageBand']),
]).concat([entry('migratieachtergrond', 2021, ['sector'])]);

const ids = (request: BenchmarkRequest | null, parts: Array<{ headcount: number } & Record<string, string | number>> = []) =>
  neededEntries(MANIFEST, request, parts as never).map((e) => e.id);

describe('neededEntries', () => {
  it.each([
    ['sector only: the sector table', { scheme: 'herkomst', year: 2024, sector: 'O' }, ['herkomst-2024-sector']],
    ['sector and size: both tables that fit', { scheme: 'herkomst', year: 2024, sector: 'O', sizeClass: '500+' }, ['herkomst-2024-sector', 'herkomst-2024-sector-sizeClass']],
    ['nothing asked: no table (sector tables need a sector)', { scheme: 'herkomst', year: 2024 }, []],
    ['year 2023: nearest 2024 (1 year) over 2021 (2 years)', { scheme: 'herkomst', year: 2023, sector: 'O' }, ['herkomst-2024-sector']],
    ['year 2019: nearest 2021', { scheme: 'herkomst', year: 2019, sector: 'O' }, ['herkomst-2021-sector']],
    ['other scheme only its own tables', { scheme: 'migratieachtergrond', year: 2024, sector: 'O' }, ['migratieachtergrond-2021-sector']],
  ] as const)('%s', (_, request, expected) => {
    expect(ids(request as BenchmarkRequest)).toEqual(expected);
  });

  it('adds the tables a composite part needs', () => {
    const request: BenchmarkRequest = { scheme: 'herkomst', year: 2024, sector: 'O' };
    expect(ids(request, [{ region: 'AM18', headcount: 5 }])).toEqual(['herkomst-2024-sector', 'herkomst-2024-sector-region']);
  });

  it('needs nothing without a request', () => {
    expect(ids(null)).toEqual([]);
  });
});
