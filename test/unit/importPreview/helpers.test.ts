import { describe, expect, it } from 'vitest';
import {
  applyMeta, collectRows, columnLetter, isPersonRefusal, roleChoices, roleFromValue, roleValue, rowsToFetch, runImport, summariseDataset,
  templateFiles, typedRows, validateMeta, type SaveMeta,
} from '../../../src/core/importPreview';
import type { ColumnRole, Dataset } from '../../../src/core/types';

describe('columnLetter', () => {
  it.each([
    [0, 'A'], [25, 'Z'], [26, 'AA'], [27, 'AB'], [51, 'AZ'], [52, 'BA'],
    [701, 'ZZ'], // 26 + 26 × 26 = 702 two-letter-or-less columns, so index 701 is the last
    [702, 'AAA'],
  ])('%i -> %s', (index, letters) => expect(columnLetter(index)).toBe(letters));
});

describe('roleValue and roleFromValue', () => {
  it.each<[ColumnRole, string, string]>([
    [{ kind: 'dimension', id: 'jaar' }, 'Year', 'dim:jaar'],
    [{ kind: 'dimension', id: 'niveau' }, 'Schaal', 'dim:niveau'],
    [{ kind: 'dimension', id: 'directie' }, 'Directie', 'dim:*'],
    [{ kind: 'category', id: 'buiten-europa' }, 'BE', 'cat:buiten-europa'],
    [{ kind: 'category', id: 'turkije' }, 'TR', 'cat:turkije'],
    [{ kind: 'origin' }, 'Herkomst', 'origin'],
    [{ kind: 'count' }, 'Aantal', 'count'],
    [{ kind: 'total' }, 'Totaal', 'total'],
    [{ kind: 'ignore' }, 'Opmerking', 'ignore'],
  ])('%j (header %s) <-> %s', (role, header, value) => {
    expect(roleValue(role)).toBe(value);
    expect(roleFromValue(value, header)).toEqual(role);
  });

  it('gives "other grouping" the column own name as id', () => {
    expect(roleFromValue('dim:*', 'Functie niveau')).toEqual({ kind: 'dimension', id: 'functie-niveau' });
  });

  it('offers every value it can read back, an origin group with its name in each language', () => {
    const choices = roleChoices();
    // 4 dimensions + 4 measures + 6 main categories (3 per scheme) + 11 details = 25
    expect(choices).toHaveLength(25);
    for (const c of choices) expect(() => roleFromValue(c.value, 'X')).not.toThrow();
    expect(choices.slice(0, 8).map((c) => c.value)).toEqual(['dim:jaar', 'dim:afdeling', 'dim:niveau', 'dim:*', 'origin', 'count', 'total', 'ignore']);
    expect(choices.find((c) => c.value === 'cat:turkije')).toEqual({ value: 'cat:turkije', group: 'category', category: { nl: 'Turkije', en: 'Turkey' } });
  });
});

describe('rowsToFetch and collectRows', () => {
  it('picks distinct rows past the preview, in order, up to the maximum', () => {
    const issues = [{ row: 70 }, { row: 3 }, {}, { row: 55 }, { row: 70 }, { row: 90 }];
    expect(rowsToFetch(issues, 50, 10)).toEqual([55, 70, 90]);
    expect(rowsToFetch(issues, 50, 2)).toEqual([55, 70]);
  });

  it('streams out exactly the wanted records, numbered from 1, a quoted newline staying in its cell', () => {
    const text = 'a;b\n1;"x\ny"\n2;z\n3;w\n';
    expect(collectRows(text, { delimiter: ';', newline: '\n' }, [2, 4])).toEqual([
      { row: 2, cells: ['1', 'x\ny'] },
      { row: 4, cells: ['3', 'w'] },
    ]);
    expect(collectRows(text, { delimiter: ';', newline: '\n' }, [])).toEqual([]);
  });
});

describe('typedRows', () => {
  it('writes a wide table in the user language and drops wholly blank rows', () => {
    const rows = typedRows('herkomst', [
      { name: ' Zorg ', counts: { nederland: '12', europa: '3', 'buiten-europa': ' 5' } },
      { name: '', counts: {} },
      { name: 'Staf', counts: { nederland: '7' } },
    ], 'Group', 'en');
    expect(rows).toEqual([
      ['Group', 'Netherlands', 'Europe (excl. the Netherlands)', 'Outside Europe'],
      ['Zorg', '12', '3', '5'],
      ['Staf', '7', '', ''],
    ]);
  });

  it.each(['nl', 'en'] as const)('is read back by the importer in %s for both schemes', async (locale) => {
    for (const scheme of ['herkomst', 'migratieachtergrond'] as const) {
      const [a, b, c] = scheme === 'herkomst' ? ['nederland', 'europa', 'buiten-europa'] : ['nederlands', 'westers', 'niet-westers'];
      // the form's group header: 'Groep' in Dutch, 'Group' in English (import.typed.group)
      const rows = typedRows(scheme, [{ name: 'Zorg', counts: { [a]: '12', [b]: '3', [c]: '5' } }], locale === 'nl' ? 'Groep' : 'Group', locale);
      const { result } = await runImport({ kind: 'rows', rows });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(result.dataset.scheme).toBe(scheme);
      // 12 + 3 + 5 = 20
      expect(result.dataset.groups).toEqual([{ key: { groep: 'Zorg' }, total: 20, counts: { [a]: 12, [b]: 3, [c]: 5 } }].map((g) => locale === 'en' ? { ...g, key: { group: 'Zorg' } } : g));
    }
  });

  it('lets the importer report a missing count in its row and column', async () => {
    const rows = typedRows('herkomst', [{ name: 'Staf', counts: { nederland: '7', europa: '1' } }], 'Groep', 'nl');
    const { result } = await runImport({ kind: 'rows', rows });
    expect(result.issues.map((i) => [i.code, i.row, i.column])).toEqual([['missing-count', 2, 'Buiten Europa']]);
  });
});

describe('validateMeta', () => {
  const valid: SaveMeta = { name: 'Personeel 2024', reference: '2024', provenance: 'survey', notes: '' };
  it.each<[Partial<SaveMeta>, ReturnType<typeof validateMeta>]>([
    [{}, {}],
    [{ name: '   ' }, { name: 'name-required' }],
    [{ name: 'x'.repeat(121) }, { name: 'name-too-long' }],
    [{ name: 'x'.repeat(120) }, {}],
    [{ reference: '' }, {}],
    [{ reference: '31-12-2024' }, {}],
    [{ reference: '2024-02-29' }, {}], // 2024 is a leap year
    [{ reference: '2023-02-29' }, { reference: 'reference-invalid' }],
    [{ reference: '31-04-2024' }, { reference: 'reference-invalid' }], // April has 30 days
    [{ reference: '1899' }, { reference: 'reference-invalid' }],
    [{ reference: 'vorig jaar' }, { reference: 'reference-invalid' }],
    [{ provenance: '' }, { provenance: 'provenance-required' }],
    [{ notes: 'x'.repeat(2001) }, { notes: 'notes-too-long' }],
    [{ name: '', provenance: '' }, { name: 'name-required', provenance: 'provenance-required' }],
  ])('%j -> %j', (change, expected) => {
    expect(validateMeta({ ...valid, ...change })).toEqual(expected);
  });

  it('applyMeta adds the trimmed description and keeps what the importer recorded', () => {
    const dataset: Dataset = { scheme: 'herkomst', dimensions: [], groups: [], meta: { fileName: 'a.csv', fromPercentages: true } };
    expect(applyMeta(dataset, { name: ' P ', reference: ' 2024 ', provenance: 'cbs-barometer', notes: '  ' }).meta).toEqual({
      fileName: 'a.csv', fromPercentages: true, name: 'P', reference: '2024', provenance: 'cbs-barometer',
    });
  });
});

describe('summariseDataset and isPersonRefusal', () => {
  it('summarises without the groups', () => {
    const dataset: Dataset = {
      scheme: 'migratieachtergrond', dimensions: ['jaar'], dimensionLabels: { jaar: 'Jaar' },
      groups: [{ key: { jaar: '2024' }, total: 1, counts: {} }, { key: { jaar: '2023' }, total: 1, counts: {} }],
    };
    expect(summariseDataset(dataset)).toEqual({ scheme: 'migratieachtergrond', dimensions: ['jaar'], dimensionLabels: { jaar: 'Jaar' }, groupCount: 2, fromPercentages: false, headcount: 1, period: '2024' });
  });

  it('takes the headcount from the latest year, or from every group without a year', () => {
    const groups = [
      { key: { jaar: '2023', unit: 'A' }, total: 40, counts: {} },
      { key: { jaar: '2024', unit: 'A' }, total: 45, counts: {} },
      { key: { jaar: '2024', unit: 'B' }, total: 30, counts: {} },
    ];
    // 2024: 45 + 30 = 75; without years all three: 40 + 45 + 30 = 115
    expect(summariseDataset({ scheme: 'herkomst', dimensions: ['jaar', 'unit'], groups })).toMatchObject({ headcount: 75, period: '2024' });
    const noYear = groups.map((g) => ({ ...g, key: { unit: g.key.unit } }));
    const summary = summariseDataset({ scheme: 'herkomst', dimensions: ['unit'], groups: noYear });
    expect(summary.headcount).toBe(115);
    expect(summary).not.toHaveProperty('period');
  });

  it.each([
    [['person-level'], true],
    [['person-identifying-column', 'ragged-row'], true],
    [['negative-count'], false],
    [[], false],
  ])('%j -> %s', (codes, refused) => {
    expect(isPersonRefusal(codes.map((code) => ({ severity: 'error' as const, code })))).toBe(refused);
  });
});

describe('templateFiles', () => {
  it('has the three shapes in Dutch and English with safe names', () => {
    expect(templateFiles().map((f) => f.fileName)).toEqual([
      'barometer-sjabloon-lange-tabel.csv', 'barometer-sjabloon-brede-tabel.csv', 'barometer-sjabloon-percentages.csv',
      'barometer-template-long-table.csv', 'barometer-template-wide-table.csv', 'barometer-template-percentages.csv',
    ]);
  });

  it.each(templateFiles().map((f) => [f.fileName, f] as const))('%s imports back as its own shape', async (_name, file) => {
    const { result, preview } = await runImport({ kind: 'bytes', bytes: new TextEncoder().encode(file.text), fileName: file.fileName });
    expect(result.ok).toBe(true);
    expect(preview.detected.shape).toBe(file.shape);
  });
});
