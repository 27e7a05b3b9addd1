import { describe, expect, it } from 'vitest';
import { flowDataset, type FlowCount } from '../../../src/core';

const flows: FlowCount[] = [
  { period: '2024', group: 'A', category: 'nederland', kind: 'in', count: 12 },
  { period: '2024', group: 'A', category: 'europa', kind: 'in', count: 3 },
  { period: '2024', group: 'A', category: 'nederland', kind: 'out', count: 7 },
  { period: '2024', group: 'A', category: 'nederland', kind: 'promotion', fromLevel: '1', toLevel: '2', count: 4 },
  { period: '2024', group: 'A', category: 'nederland', kind: 'funnel', stage: 'aangenomen', count: 12 },
  { period: '2024', group: 'A', category: 'nederland', kind: 'funnel', stage: 'sollicitanten', count: 80 },
  { period: '2024', group: 'B', category: 'nederland', kind: 'in', count: 5 },
  { period: '2024', group: '', category: 'nederland', kind: 'in', count: 17 },
];

describe('flowDataset', () => {
  it('sums units to one group per period × stream, counts per origin, streams in display order', () => {
    const { dataset, streams } = flowDataset(flows, 'herkomst', ['sollicitanten', 'gesprek', 'aangenomen']);
    expect(dataset.dimensions).toEqual(['periode', 'stroom']);
    // in, out, promotion, two funnel stages: 5 groups. The organisation-level hires (17) would
    // count the units' twice, so they are left out.
    expect(dataset.groups).toHaveLength(5);
    const hires = dataset.groups.find((g) => g.key.stroom === 'instroom')!;
    // Nederland 12 in A + 5 in B; Europa 3 in A.
    expect(hires).toEqual({ key: { periode: '2024', stroom: 'instroom' }, total: 20, counts: { nederland: 17, europa: 3 } });
    // in, promotion, out, then the funnel in the given order (aangenomen is stage 3 of 3).
    expect(streams.map((s) => s.label)).toEqual(['instroom', 'doorstroom 1 → 2', 'uitstroom', 'werving 1 sollicitanten', 'werving 3 aangenomen']);
    expect(streams[4]).toMatchObject({ kind: 'funnel', stage: 'aangenomen', order: 2 });
  });

  it('takes flows given for the whole organisation when no flow names a unit', () => {
    const { dataset } = flowDataset([flows[7]!], 'herkomst');
    // (and the period's leavers as an empty group: see below)
    expect(dataset.groups).toEqual([
      { key: { periode: '2024', stroom: 'instroom' }, total: 17, counts: { nederland: 17 } },
      { key: { periode: '2024', stroom: 'uitstroom' }, total: 0, counts: {} },
    ]);
  });
});

describe('flowDataset in a period without leavers', () => {
  it('adds an empty leavers group beside the hires (and none to periods with neither)', () => {
    const only: FlowCount[] = [
      { period: '2023', group: '', category: 'nederland', kind: 'in', count: 4 },
      { period: '2023', group: '', category: 'nederland', kind: 'out', count: 2 },
      { period: '2024', group: '', category: 'europa', kind: 'in', count: 3 },
      { period: '2022', group: '', category: 'europa', kind: 'funnel', stage: 'sollicitanten', count: 30 },
    ];
    const { dataset } = flowDataset(only, 'herkomst');
    const keys = dataset.groups.map((g) => `${g.key.periode} ${g.key.stroom} ${g.total}`).sort();
    // 2022 has only a funnel; 2023 both; 2024 hires only, so its leavers come as an empty group.
    expect(keys).toEqual(['2022 werving 1 sollicitanten 30', '2023 instroom 4', '2023 uitstroom 2', '2024 instroom 3', '2024 uitstroom 0']);
  });
});
