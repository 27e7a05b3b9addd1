import { describe, expect, it } from 'vitest';
import { importTable } from '../../../src/core/import';
import { brief, datasetOf, fixture } from './load';

describe('importTable: the shared samples', () => {
  it('long counts with three dimensions (long-counts.csv)', () => {
    const result = importTable(fixture('long-counts.csv'));
    const d = datasetOf(result);
    expect(result.issues).toEqual([]);
    expect(d.scheme).toBe('herkomst');
    expect(d.dimensions).toEqual(['jaar', 'directie', 'functieniveau']);
    expect(d.dimensionLabels).toEqual({ jaar: 'Jaar', directie: 'Directie', functieniveau: 'Functieniveau' });
    // 54 data rows / 3 origins = 18 groups (2 years × 3 directies × 3 levels)
    expect(d.groups).toHaveLength(18);
    // first group: 63 + 166 + 260 = 489
    expect(d.groups[0]).toEqual({
      key: { jaar: '2023', directie: 'Klantenservice', functieniveau: 'Uitvoerend' },
      total: 489,
      counts: { nederland: 63, europa: 166, 'buiten-europa': 260 },
    });
    // last group: 55 + 222 + 243 = 520
    expect(d.groups[17]).toMatchObject({ total: 520, counts: { nederland: 55, europa: 222, 'buiten-europa': 243 } });
    expect(d.meta?.format).toEqual({ encoding: 'utf-8', delimiter: ';', decimal: ',', thousands: '.', shape: 'long', lineEnding: 'lf' });
  });

  it('CBS percentages with headcount and a "Totaal organisatie" row (cbs-barometer-output.csv)', () => {
    const result = importTable(fixture('cbs-barometer-output.csv'));
    const d = datasetOf(result);
    // Totaal organisatie: headcount 2140 = 820 + 760 + 560; its shares differ from the groups' by
    // rounding only (Nederland 2140 × 74.1% = 1585.7 vs 516.6 + 592.04 + 474.88 = 1583.5, < 0.5 pp)
    expect(result.issues).toEqual([]);
    expect(d.meta?.fromPercentages).toBe(true);
    expect(d.meta?.format).toMatchObject({ encoding: 'utf-8', decimal: ',', shape: 'percentages', lineEnding: 'crlf' });
    expect(d.dimensions).toEqual(['subgroep']);
    expect(d.groups.map((g) => g.key.subgroep)).toEqual(['Schaal 1-7', 'Schaal 8-10', 'Schaal 11+']);
    const [a, b, c] = d.groups;
    // 820 × 63.0% = 516.6; 820 × 10.2% = 83.64; 820 × 26.8% = 219.76
    expect(a!.total).toBe(820);
    expect(a!.counts.nederland).toBeCloseTo(516.6, 9);
    expect(a!.counts.europa).toBeCloseTo(83.64, 9);
    expect(a!.counts['buiten-europa']).toBeCloseTo(219.76, 9);
    // 760 × 77.9% = 592.04; 560 × 6.1% = 34.16
    expect(b!.counts.nederland).toBeCloseTo(592.04, 9);
    expect(c!.counts['buiten-europa']).toBeCloseTo(34.16, 9);
  });

  it('legacy wide in Windows-1252 with a Totaal column (legacy-wide.csv)', () => {
    const result = importTable(fixture('legacy-wide.csv'));
    const d = datasetOf(result);
    expect(result.issues).toEqual([]);
    expect(d.scheme).toBe('migratieachtergrond');
    expect(d.meta?.format).toMatchObject({ encoding: 'windows-1252', shape: 'wide', lineEnding: 'crlf' });
    // Den Haag 245 + 71 + 68 = 384 = Totaal; Curaçao (byte 0xE7 in 1252) 567 + 96 + 130 = 793
    expect(d.groups[0]).toEqual({ key: { vestiging: 'Den Haag' }, total: 384, counts: { nederlands: 245, westers: 71, 'niet-westers': 68 } });
    expect(d.groups[2]).toEqual({ key: { vestiging: 'Kantoor Curaçao' }, total: 793, counts: { nederlands: 567, westers: 96, 'niet-westers': 130 } });
  });

  it('refuses the per-person sample, naming each identifying column', () => {
    const result = importTable(fixture('REFUSE-person-level.csv'));
    expect(result.ok).toBe(false);
    expect(brief(result)).toEqual([
      { code: 'person-identifying-column', row: 1, column: 'Personeelsnummer', severity: 'error' },
      { code: 'person-identifying-column', row: 1, column: 'Naam', severity: 'error' },
    ]);
  });
});

describe('importTable: shapes × dialects', () => {
  it('long, ";", LF, label variants, a suppressed cell', () => {
    const d = datasetOf(importTable(fixture('long-semicolon-lf.csv')));
    expect(d.groups).toEqual([
      // 120 + 15 + 40 = 175; 'Europa (excl. Nederland)' and 'Buiten-Europa' are variants
      { key: { jaar: '2024', afdeling: 'Zorg' }, total: 175, counts: { nederland: 120, europa: 15, 'buiten-europa': 40 } },
      // Europa is '.': unknown, not zero; total 30 + 5 = 35 counts the known cells only
      { key: { jaar: '2024', afdeling: 'Staf' }, total: 35, counts: { nederland: 30, 'buiten-europa': 5 }, suppressed: ['europa'] },
    ]);
  });

  it('wide, ",", CRLF, quotes around delimiters and newlines, ambiguous thousands reported', () => {
    const result = importTable(fixture('wide-comma-crlf-quoted.csv'));
    const d = datasetOf(result);
    expect(d.meta?.format).toMatchObject({ delimiter: ',', decimal: '.', shape: 'wide', lineEnding: 'crlf' });
    expect(d.groups).toEqual([
      // "1,204" read as 1204 (counts are whole): 1204 + 80 + 116 = 1400 = Totaal "1,400"
      { key: { afdeling: 'Zorg, verpleging' }, total: 1400, counts: { nederland: 1204, europa: 80, 'buiten-europa': 116 } },
      // 50 + 10 + 5 = 65
      { key: { afdeling: 'Staf\r\n(centraal)' }, total: 65, counts: { nederland: 50, europa: 10, 'buiten-europa': 5 } },
    ]);
    expect(brief(result)).toEqual([
      { code: 'ambiguous-number', row: 2, column: 'Nederland', severity: 'warning' },
      { code: 'ambiguous-number', row: 2, column: 'Totaal', severity: 'warning' },
    ]);
  });

  it('wide, tab, a Totaal row, "1 250" thousands, blank trailing rows and columns', () => {
    const result = importTable(fixture('wide-tab-totalsrow.tsv'));
    const d = datasetOf(result);
    // Totaal row 2000/150/250 = Noord + Zuid (1250 + 750, 100 + 50, 150 + 100): no warning, not a group
    expect(result.issues).toEqual([]);
    expect(d.meta?.format).toMatchObject({ delimiter: '\t', thousands: ' ', shape: 'wide', lineEnding: 'lf' });
    expect(d.groups).toEqual([
      { key: { vestiging: 'Noord' }, total: 1500, counts: { nederland: 1250, europa: 100, 'buiten-europa': 150 } },
      { key: { vestiging: 'Zuid' }, total: 900, counts: { nederland: 750, europa: 50, 'buiten-europa': 100 } },
    ]);
  });

  it('percentages, "|", CR only, decimal point, % in the cells', () => {
    const result = importTable(fixture('percentages-pipe-cr.csv'));
    const d = datasetOf(result);
    // Totaal 300: Nederland 151 + 60 = 211 vs 300 × 70% = 210, within 0.5 pp × 300 = 1.5: no warning
    expect(result.issues).toEqual([]);
    expect(d.meta).toMatchObject({ fromPercentages: true, format: { delimiter: '|', decimal: '.', lineEnding: 'cr', shape: 'percentages' } });
    const [a, b] = d.groups;
    // Team A: 200 × 75.5% = 151, 200 × 9.5% = 19, 200 × 15% = 30
    expect(a!.key).toEqual({ subgroep: 'Team A' });
    expect(a!.total).toBe(200);
    expect(a!.counts.nederland).toBeCloseTo(151, 9);
    expect(a!.counts.europa).toBeCloseTo(19, 9);
    expect(a!.counts['buiten-europa']).toBeCloseTo(30, 9);
    // Team B: 100 × 60% = 60, 11, 29
    expect(b!.counts.nederland).toBeCloseTo(60, 9);
    expect(b!.counts['buiten-europa']).toBeCloseTo(29, 9);
  });

  it('fine categories roll up into the main ids, detail kept, "<5" suppressed (UTF-8 BOM)', () => {
    const d = datasetOf(importTable(fixture('fine-categories-bom.csv')));
    expect(d.dimensions).toEqual(['afdeling']);
    expect(d.groups).toEqual([
      {
        key: { afdeling: 'Zorg' },
        // 100 + 20 + (5 + 7 + 3 + 10) = 145; Indonesië '<5' is unknown and left out
        total: 145,
        counts: { nederland: 100, europa: 20, 'buiten-europa': 25 },
        detail: { turkije: 5, marokko: 7, suriname: 3, 'overig-buiten-europa': 10 },
        suppressed: ['indonesie'],
      },
    ]);
  });

  it('English labels, "," with decimal point decided by "1,234.0"', () => {
    const d = datasetOf(importTable(fixture('wide-english-comma.csv')));
    expect(d.scheme).toBe('herkomst');
    expect(d.groups).toEqual([
      // 1234 + 66 + 100 = 1400
      { key: { department: 'Care' }, total: 1400, counts: { nederland: 1234, europa: 66, 'buiten-europa': 100 } },
      { key: { department: 'Office' }, total: 50, counts: { nederland: 40, europa: 5, 'buiten-europa': 5 } },
    ]);
  });

  const legacyLong = 'Jaar,Migratieachtergrond,Aantal\r\n2019,Autochtoon,500\r\n2019,Westerse allochtonen,80\r\n2019,Niet-westerse allochtonen,120\r\n';
  const utf16 = (text: string, bigEndian: boolean) => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
      out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  it.each([
    ['utf-16le', utf16(legacyLong, false)],
    ['utf-16be', utf16(legacyLong, true)],
    ['utf-8', new TextEncoder().encode(legacyLong)],
  ])('legacy long with the old words autochtoon/allochtoon in %s', (encoding, bytes) => {
    const d = datasetOf(importTable(bytes));
    expect(d.meta?.format?.encoding).toBe(encoding);
    expect(d.scheme).toBe('migratieachtergrond');
    // 500 + 80 + 120 = 700
    expect(d.groups).toEqual([{ key: { jaar: '2019' }, total: 700, counts: { nederlands: 500, westers: 80, 'niet-westers': 120 } }]);
  });

  it('accepts a string as well as bytes, with or without BOM', () => {
    const text = '\ufeffAfdeling;Nederland;Europa;Buiten Europa\nA;1;2;3\n';
    // 1 + 2 + 3 = 6
    expect(datasetOf(importTable(text)).groups).toEqual([{ key: { afdeling: 'A' }, total: 6, counts: { nederland: 1, europa: 2, 'buiten-europa': 3 } }]);
  });
});
