import { describe, expect, it } from 'vitest';
import { flowDataset, type FlowCount } from '../../../src/core';

const flows: FlowCount[] = [
  { period: '2024', group: 'A', category: 'nederland', kind: 'in', count: 12 },
  { period: '2024', group: 'A', category: 'europa', kind: 'in', count: 3 },
  { period: '2024', group: 'A', category: 'nederland', kind: 'out', count: 7 },
  { period: '2024', group: 'A', category: 'nederland', kind: 'promotion', fromLevel: '1', toLevel: '2', count: 4 },
  { period: '2024', group: 'A', category: 'nederland', kind: 'funnel', stage: 'aangenomen', count: 12 },
  { period: '2024', group: 'A', category: 'nederland', kind: 'funnel', stage: 'sollicitanten', count: 80 },
  { period: '2024', group: '', category: 'nederland', kind: 'in', count: 12 },
];

describe('flowDataset', () => {
  it('makes one group per period × stream × group, counts per origin, streams in display order', () => {
    const { dataset, streams } = flowDataset(flows, 'herkomst', ['sollicitanten', 'gesprek', 'aangenomen']);
    expect(dataset.dimensions).toEqual(['periode', 'stroom', 'groep']);
    // The organisation-level hire (group '') is the margin of its units, so it is left out: 5 groups.
    expect(dataset.groups).toHaveLength(5);
    const hires = dataset.groups.find((g) => g.key.stroom === 'instroom')!;
    // 12 + 3 hires in unit A.
    expect(hires).toEqual({ key: { periode: '2024', stroom: 'instroom', groep: 'A' }, total: 15, counts: { nederland: 12, europa: 3 } });
    // in, promotion, out, then the funnel in the given order (aangenomen is stage 3 of 3).
    expect(streams.map((s) => s.label)).toEqual(['instroom', 'doorstroom 1 → 2', 'uitstroom', 'werving 1 sollicitanten', 'werving 3 aangenomen']);
    expect(streams[4]).toMatchObject({ kind: 'funnel', stage: 'aangenomen', order: 2 });
  });

  it('has no group dimension when every flow is the whole organisation', () => {
    const { dataset } = flowDataset([flows[6]!], 'herkomst');
    expect(dataset.dimensions).toEqual(['periode', 'stroom']);
    expect(dataset.groups[0]!.key).toEqual({ periode: '2024', stroom: 'instroom' });
  });
});
