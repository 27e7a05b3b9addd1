import { describe, expect, it } from 'vitest';
import { summariseFlows, type FlowCount } from '../../../src/core';

describe('summariseFlows', () => {
  it('gives periods, groups and people per kind; the funnel counts those at its first stage', () => {
    const flows: FlowCount[] = [
      { period: '2024', group: 'Zorg', category: 'nederland', kind: 'out', count: 40 },
      { period: '2023', group: 'Zorg', category: 'nederland', kind: 'in', count: 10 },
      { period: '2024', group: 'ICT', category: 'europa', kind: 'in', count: 5 },
      { period: '2024', group: 'ICT', category: 'nederland', kind: 'promotion', fromLevel: '1', toLevel: '2', count: 3 },
      { period: '2024', group: 'ICT', category: 'nederland', kind: 'funnel', stage: 'sollicitanten', count: 60 },
      { period: '2024', group: 'ICT', category: 'europa', kind: 'funnel', stage: 'sollicitanten', count: 20 },
      { period: '2024', group: 'ICT', category: 'nederland', kind: 'funnel', stage: 'aangenomen', count: 4 },
    ];
    expect(summariseFlows(flows, ['sollicitanten', 'aangenomen'])).toEqual({
      periods: ['2023', '2024'],
      groups: 2,
      // in 10 + 5; promotion 3; out 40; funnel 60 + 20 at 'sollicitanten' (the 4 hired are among them).
      kinds: [
        { kind: 'in', people: 15 },
        { kind: 'promotion', people: 3 },
        { kind: 'out', people: 40 },
        { kind: 'funnel', people: 80 },
      ],
      stages: ['sollicitanten', 'aangenomen'],
    });
  });
});
