import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/core/views/export';

describe('exportFileName', () => {
  it.each([
    // base, date, variant and extension joined by hyphens, lower case
    [['Herkomst 2024', '2026-11-29', 'csv', 'excel'], 'herkomst-2024-2026-11-29-excel.csv'],
    [['Herkomst 2024', '2026-11-29', 'xlsx'], 'herkomst-2024-2026-11-29.xlsx'],
    // an empty variant adds nothing
    [['Herkomst', '2026-01-02', 'png', ''], 'herkomst-2026-01-02.png'],
    // path separators and markup in a title never reach the name
    [['../<script>/x', '2026-01-02', 'svg'], 'script-x-2026-01-02.svg'],
    // Dutch letters are kept
    [['Financiën', '2026-01-02', 'csv', 'gegevens'], 'financiën-2026-01-02-gegevens.csv'],
  ] as const)('%j -> %s', (args, expected) => {
    const [base, date, format, variant] = args;
    expect(exportFileName(base, date, format, variant)).toBe(expected);
  });
});
