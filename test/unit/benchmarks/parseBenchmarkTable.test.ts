import { describe, expect, it } from 'vitest';
import { parseBenchmarkTable, parseBenchmarkManifest } from '../../../src/core/benchmarks';

const valid = () => ({
  id: 't', scheme: 'herkomst', year: 2024, population: 'jobs', dimensions: ['sector'],
  title: { nl: 'T', en: 'T' }, provenance: { kind: 'illustrative', source: 'illustratief' },
  rows: [
    { key: {}, shares: { nederland: 0.7, europa: 0.1, 'buiten-europa': 0.2 }, denominator: 1000 },
    { key: { sector: 'I' }, shares: { nederland: 0.6, europa: 0.15, 'buiten-europa': 0.25 }, provenance: { kind: 'cbs', source: 'CBS', url: 'https://cbs.nl' } },
  ],
});

describe('parseBenchmarkTable', () => {
  it('accepts a well-formed table as it is', () => {
    const result = parseBenchmarkTable(valid());
    expect(result).toEqual({ ok: true, table: valid(), issues: [] });
  });

  it.each([
    { name: 'not an object', input: 'x', codes: ['not-an-object'] },
    { name: 'unknown scheme', input: { ...valid(), scheme: 'etniciteit' }, codes: ['unknown-scheme'] },
    { name: 'missing year and title', input: { ...valid(), year: '2024', title: { nl: 'T' } }, codes: ['missing-field', 'missing-field'] },
    { name: 'bad provenance kind', input: { ...valid(), provenance: { kind: 'guess', source: 'x' } }, codes: ['missing-field'] },
  ])('rejects the table: $name', ({ input, codes }) => {
    const result = parseBenchmarkTable(input);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(codes);
  });

  it.each([
    // 0.7 + 0.1 + 0.1 = 0.9
    { name: 'shares adding to 0.9', shares: { nederland: 0.7, europa: 0.1, 'buiten-europa': 0.1 }, code: 'shares-not-summing' },
    { name: 'a category of the other scheme', shares: { nederland: 0.7, europa: 0.1, 'buiten-europa': 0.2, westers: 0 }, code: 'unknown-category' },
    { name: 'a missing category', shares: { nederland: 0.8, europa: 0.2 }, code: 'missing-category' },
    { name: 'a negative share', shares: { nederland: 1.1, europa: -0.1, 'buiten-europa': 0 }, code: 'share-out-of-range' },
  ])('rejects a row with $name, pointing at row and column', ({ shares, code }) => {
    const input = valid();
    input.rows[1] = { key: { sector: 'I' }, shares } as never;
    const result = parseBenchmarkTable(input);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ severity: 'error', code, row: 2, column: 'shares' });
  });

  it('rejects keys outside the dimensions, duplicate cells and negative denominators', () => {
    const input = valid();
    input.rows.push({ key: { region: 'AM19' }, shares: valid().rows[0]!.shares } as never);
    input.rows.push({ key: { sector: 'I' }, shares: valid().rows[0]!.shares } as never);
    input.rows.push({ key: {}, shares: valid().rows[0]!.shares, denominator: -5 } as never);
    const result = parseBenchmarkTable(input);
    expect(result.issues.map((i) => [i.code, i.row])).toEqual([['key-not-a-dimension', 3], ['duplicate-key', 4], ['bad-denominator', 5]]);
    expect(result.issues[0]?.params).toEqual({ field: 'region', row: 3 });
  });
});

describe('parseBenchmarkManifest', () => {
  const entry = { id: 'a', scheme: 'herkomst', year: 2024, population: 'jobs', dimensions: ['sector'], title: { nl: 'a', en: 'a' }, provenanceKind: 'illustrative', file: 'a.json', bytes: 10 };
  it('keeps good entries and reports bad ones, including file names that leave the folder', () => {
    const result = parseBenchmarkManifest([entry, { ...entry, file: '../secret.json' }, { ...entry, scheme: 'x' }]);
    expect(result.entries).toEqual([entry]);
    expect(result.issues.map((i) => i.row)).toEqual([2, 3]);
  });
  it('reports a manifest that is not a list', () => {
    expect(parseBenchmarkManifest({}).issues).toHaveLength(1);
  });
});
