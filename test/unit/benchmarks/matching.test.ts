import { describe, expect, it } from 'vitest';
import { parseCbsNumber, unitFactor, unitOf } from '../../../src/core/benchmarks/import/parseCbsNumber';
import { matchOrigin } from '../../../src/core/benchmarks/import/matchOrigin';
import { detectRole, matchDimensionValue, type DimensionRole } from '../../../src/core/benchmarks/import/matchDimensionValue';
import { sizeClassFor } from '../../../src/core/reference';

describe('parseCbsNumber', () => {
  it.each([
    ['1 225,0', 1225],
    ['1.225,5', 1225.5],
    ['1,225.5', 1225.5],
    ['1225.0', 1225],
    ['12,5', 12.5],
    ['1.225', 1225],
    ['2023*', 2023],
    ['9\u00a0000', 9000],
    [42, 42],
    ['.', null],
    ['x', null],
    ['-', null],
    ['', null],
    [null, null],
    ['Groningen', undefined],
    ['x 1 000', undefined],
  ])('%j → %j', (raw, expected) => {
    expect(parseCbsNumber(raw)).toBe(expected);
  });

  it.each([
    ['Banen van werknemers (x 1 000)', 'x 1 000', 1000],
    ['Aandeel (%)', '%', 1],
    ['Werkzame beroepsbevolking', undefined, 1],
  ])('unit of %s', (header, unit, factor) => {
    expect(unitOf(header)).toBe(unit);
    expect(unitFactor(unitOf(header))).toBe(factor);
  });
});

describe('matchOrigin', () => {
  it.each([
    ['Nederland', { kind: 'category', scheme: 'herkomst', id: 'nederland' }],
    ['Europa (exclusief Nederland)', { kind: 'category', scheme: 'herkomst', id: 'europa' }],
    ['Europa (excl. Nederland)', { kind: 'category', scheme: 'herkomst', id: 'europa' }],
    ['Buiten-Europa', { kind: 'category', scheme: 'herkomst', id: 'buiten-europa' }],
    ['Herkomstland Buiten-Europa', { kind: 'category', scheme: 'herkomst', id: 'buiten-europa' }],
    ['Outside Europe', { kind: 'category', scheme: 'herkomst', id: 'buiten-europa' }],
    ['Nederlandse achtergrond', { kind: 'category', scheme: 'migratieachtergrond', id: 'nederlands' }],
    ['autochtoon', { kind: 'category', scheme: 'migratieachtergrond', id: 'nederlands' }],
    ['Niet-westerse migratieachtergrond', { kind: 'category', scheme: 'migratieachtergrond', id: 'niet-westers' }],
    ['niet-westers', { kind: 'category', scheme: 'migratieachtergrond', id: 'niet-westers' }],
    ['Werkzame beroepsbevolking / Westerse migratieachtergrond', { kind: 'category', scheme: 'migratieachtergrond', id: 'westers' }],
    ['Nederland (x 1 000)', { kind: 'category', scheme: 'herkomst', id: 'nederland' }],
    ['Totaal', { kind: 'total' }],
    // finer categories are not summed into a main category: CBS lists them under it
    ['Turkije', undefined],
    ['Met migratieachtergrond', undefined],
  ])('%s', (label, expected) => {
    expect(matchOrigin(label)).toEqual(expected);
  });
});

describe('detectRole', () => {
  it.each([
    [{ id: 'Perioden', title: 'Perioden' }, 'year'],
    [{ id: 'BedrijfstakkenBranchesSBI2008', title: 'Bedrijfstakken/branches (SBI 2008)' }, 'sector'],
    [{ id: 'RegioS', title: "Regio's" }, 'region'],
    [{ id: 'Herkomstland', title: 'Herkomstland' }, 'origin'],
    [{ id: 'Bedrijfsgrootte', title: 'Bedrijfsgrootte' }, 'sizeClass'],
    [{ id: 'Uurloonklasse', title: 'Uurloonklasse' }, 'wageClass'],
    [{ id: 'Leeftijd', title: 'Leeftijd' }, 'ageBand'],
    [{ id: 'Geslacht', title: 'Geslacht' }, 'other'],
    [{ id: 'Percentage', title: 'Percentage' }, 'other'],
  ])('%j → %s', (column, role) => {
    expect(detectRole(column)).toBe(role);
  });
});

describe('matchDimensionValue', () => {
  it.each<[DimensionRole, { code?: string; label: string }, unknown]>([
    ['sector', { label: 'A Landbouw, bosbouw en visserij' }, { kind: 'code', code: 'A' }],
    ['sector', { code: '354200', label: 'N Verhuur en overige zakelijke diensten' }, { kind: 'code', code: 'N' }],
    ['sector', { label: 'Horeca' }, { kind: 'code', code: 'I' }],
    ['sector', { label: 'Q' }, { kind: 'code', code: 'Q' }],
    ['sector', { label: 'A-U Alle economische activiteiten' }, { kind: 'total' }],
    ['sector', { label: 'B-F Nijverheid en energie' }, { kind: 'unmatched' }],
    ['sector', { label: 'G-N Commerciële dienstverlening' }, { kind: 'unmatched' }],
    ['region', { code: 'NL01', label: 'Nederland' }, { kind: 'total' }],
    ['region', { label: 'Groningen (PV)' }, { kind: 'code', code: 'PV20' }],
    ['region', { label: 'Groningen (AM)' }, { kind: 'code', code: 'AM01' }],
    // without a suffix the labour-market region wins over the province of the same name
    ['region', { label: 'Groningen' }, { kind: 'code', code: 'AM01' }],
    ['region', { label: 'Fryslân (PV)' }, { kind: 'code', code: 'PV21' }],
    ['region', { label: 'Friesland (PV)' }, { kind: 'code', code: 'PV21' }],
    ['region', { label: 'AM19' }, { kind: 'code', code: 'AM19' }],
    // a bare name in a regional CBS table that is no region or province is a municipality
    ['region', { label: 'Amsterdam' }, { kind: 'code', code: 'GM:Amsterdam' }],
    ['region', { label: 'Utrecht (gemeente)' }, { kind: 'code', code: 'GM:Utrecht' }],
    ['region', { label: 'Groot-Amsterdam (CR)' }, { kind: 'code', code: 'CR:Groot-Amsterdam' }],
    ['region', { label: 'West-Nederland (LD)' }, { kind: 'code', code: 'LD:West-Nederland' }],
    ['region', { label: 'Groot Amsterdam (AM)' }, { kind: 'code', code: 'AM18' }],
    ['region', { label: '' }, { kind: 'total' }],
    ['sizeClass', { label: '10 tot 50 werknemers' }, { kind: 'code', code: '10-50' }],
    ['sizeClass', { label: '500 of meer werknemers' }, { kind: 'code', code: '500+' }],
    ['ageBand', { label: '25 tot 35 jaar' }, { kind: 'code', code: '25-35' }],
    ['ageBand', { label: '15 tot 75 jaar' }, { kind: 'total' }],
    ['ageBand', { label: '20 tot 30 jaar' }, { kind: 'unmatched' }],
    ['wageClass', { label: 'Top 10% jaarlonen' }, { kind: 'code', code: 'top10' }],
    ['year', { code: '2023JJ00', label: '2023*' }, { kind: 'year', year: 2023 }],
    ['year', { label: '2022 (voorlopig)' }, { kind: 'year', year: 2022 }],
    ['year', { code: '2023KW01', label: '2023 1e kwartaal' }, { kind: 'unmatched' }],
    ['other', { code: 'T001038', label: 'Totaal mannen en vrouwen' }, { kind: 'total' }],
    ['other', { label: 'Mannen' }, { kind: 'unmatched' }],
  ])('%s %j', (role, value, expected) => {
    expect(matchDimensionValue(role, value)).toEqual(expected);
  });
});

describe('sizeClassFor', () => {
  it.each([
    [0, undefined],
    [1, '1-10'],
    [9, '1-10'],
    [10, '10-50'],
    [249, '100-500'],
    [500, '500+'],
    [Number.NaN, undefined],
  ])('%d employees → %s', (n, id) => {
    expect(sizeClassFor(n)).toBe(id);
  });
});
