import { describe, expect, it } from 'vitest';
import { importTable } from '../../../src/core/import';
import { brief, datasetOf, fixture } from './load';

describe('legacy detail and the scheme decided by the main columns (issue 15, item 7)', () => {
  it('reads the CBS spellings of the old scheme; Indonesië is westers there', () => {
    const d = datasetOf(importTable(fixture('legacy-cbs-spellings.csv')));
    expect(d.scheme).toBe('migratieachtergrond');
    expect(d.groups).toEqual([
      {
        key: { jaar: '2020', afdeling: 'Zorg' },
        // 100 + 15 + 23 = 138
        total: 138,
        // westers: Indonesië 5 + Overig westers 10 = 15;
        // niet-westers: 3 + 4 + 6 + 2 (Antillen) + 8 (overig, CBS's cut-off label) = 23
        counts: { nederlands: 100, westers: 15, 'niet-westers': 23 },
        detail: { indonesie: 5, 'overig-westers': 10, turkije: 3, marokko: 4, suriname: 6, 'antillen-aruba': 2, 'overig-niet-westers': 8 },
      },
    ]);
  });

  it('puts Indonesië outside Europe when the main columns are of the herkomst scheme', () => {
    const d = datasetOf(importTable('Afdeling;Herkomst;Aantal\nZorg;Nederland;10\nZorg;Europa;4\nZorg;Indonesië;2\nZorg;Turkije;3\n'));
    expect(d.scheme).toBe('herkomst');
    // buiten-europa = Indonesië 2 + Turkije 3 = 5
    expect(d.groups[0]!.counts).toEqual({ nederland: 10, europa: 4, 'buiten-europa': 5 });
  });

  it('lets the main columns decide and names the offending column of the other scheme', () => {
    const result = importTable(fixture('mixed-schemes-wide.csv'));
    expect(brief(result)).toEqual([{ code: 'mixed-schemes', row: 1, column: 'Overig westers', severity: 'error' }]);
  });
});
