import { describe, expect, it } from 'vitest';
import {
  groupsExportTable,
  pipelineExportTable,
  targetsExportTable,
  trendsExportTable,
  type AnalysisExportLabels,
} from '../../../src/core/views/export';
import { toCsv } from '../../../src/core/export';
import type { GroupRow, PipelineModel, TargetsModel, TrendSeries } from '../../../src/core/views/analysis';

const labels: AnalysisExportLabels = {
  title: 'Titel',
  categories: { nederland: 'Nederland', europa: 'Europa' },
  headers: { group: 'Groep', category: 'Herkomst', share: 'Aandeel', level: 'Niveau', year: 'Jaar', total: 'Totaal' },
  organisation: 'Organisatie',
};

describe('groupsExportTable', () => {
  // Unit A: Nederland 105 of 160 against 75%: expected 120, gap −15, −9.375 pp, index 0.65625/0.75 = 0.875.
  // Unit B: Europa suppressed (null), its measures null too.
  const rows = [
    { group: 'A', category: 'nederland', total: 160, count: 105, share: 105 / 160, benchmarkShare: 0.75, differencePp: -9.375, index: 0.875, gap: -15 },
    { group: 'B', category: 'europa', total: 110, count: null, share: null, benchmarkShare: 0.1, differencePp: null, index: null, gap: null },
  ] as unknown as GroupRow[];

  it('copies every measure of a group, and keeps a hidden count hidden', () => {
    const t = groupsExportTable(rows, labels, 'nl');
    expect(t.rows[0]).toEqual({ group: 'A', category: 'Nederland', total: 160, count: 105, share: 0.65625, benchmark: 0.75, difference: -9.375, index: 0.875, gap: -15 });
    expect(t.rows[1]!.count).toBeNull();
    expect(t.rows[1]!.share).toBeNull();
    // In the machine CSV a hidden value is '.', never 0.
    const b = toCsv(t, 'machine').split('\r\n')[2]!;
    expect(b.startsWith('B,Europa,110,.,.')).toBe(true);
  });
});

describe('pipelineExportTable', () => {
  const model = {
    levels: [
      { level: 'Uitvoerend', total: 100, shares: { nederland: 0.5, europa: null } },
      { level: 'Management', total: 20, shares: { nederland: 0.8, europa: 0.1 } },
    ],
    overall: { total: 120, shares: { nederland: 0.55, europa: 0.1 } },
  } as unknown as PipelineModel;

  it('keeps the levels in the given order, then the organisation', () => {
    const t = pipelineExportTable(model, ['nederland', 'europa'], labels, 'nl');
    expect(t.rows.map((r) => r.level)).toEqual(['Uitvoerend', 'Management', 'Organisatie']);
    expect(t.rows[0]).toEqual({ level: 'Uitvoerend', total: 100, nederland: 0.5, europa: null });
    expect(t.columns.map((c) => c.kind)).toEqual(['text', 'count', 'share', 'share']);
  });
});

describe('trendsExportTable', () => {
  it('has a row per year with the total and each share', () => {
    const series = {
      id: '',
      points: [
        { year: '2023', total: 255, shares: { nederland: 175 / 255, europa: 30 / 255 } },
        { year: '2024', total: 270, shares: { nederland: 175 / 270, europa: null } },
      ],
    } as unknown as TrendSeries;
    const t = trendsExportTable(series, ['nederland', 'europa'], labels, 'nl');
    expect(t.rows.map((r) => r.year)).toEqual(['2023', '2024']);
    expect(t.rows[1]).toEqual({ year: '2024', total: 270, nederland: 175 / 270, europa: null });
  });
});

describe('targetsExportTable', () => {
  it('writes the projection of a target, nothing after an origin without one, no intake for a reached target', () => {
    // Buiten Europa 65/270 = 0.2407 towards 30%: progress 0.8025, gap 65 − 81 = −16, intake 0.38545.
    const model = {
      total: 270,
      currentYear: 2024,
      rows: [
        { category: 'nederland', count: 175, share: 175 / 270, target: null, projection: null },
        { category: 'europa', count: 30, share: 30 / 270, target: 0.1, projection: { progress: 1.111, gap: 3, requiredIntakeShare: 0.05, status: 'reached' } },
        { category: 'buiten-europa', count: 65, share: 65 / 270, target: 0.3, projection: { progress: 0.8025, gap: -16, requiredIntakeShare: 0.38545, status: 'feasible' } },
      ],
    } as unknown as TargetsModel;
    const t = targetsExportTable(model, labels, 'nl');
    expect(t.rows[0]).toEqual({ category: 'Nederland', share: 175 / 270 });
    expect(t.rows[1]).toEqual({ category: 'Europa', share: 30 / 270, target: 0.1, progress: 1.111, gap: 3 });
    expect(t.rows[2]).toEqual({ category: 'buiten-europa', share: 65 / 270, target: 0.3, progress: 0.8025, gap: -16, intake: 0.38545 });
  });
});
