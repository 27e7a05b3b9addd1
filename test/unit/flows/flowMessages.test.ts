import { describe, expect, it } from 'vitest';
import { checkStockFlow, findFunnelDrops } from '../../../src/core';
import { translate } from '../../../src/i18n/translate';

// The core says code + params; the catalogue must word every code with exactly those params.
describe('flow findings in words', () => {
  it('a funnel drop reads in Dutch and English with its params filled', () => {
    const [drop] = findFunnelDrops(['sollicitanten', 'gesprek'], { sollicitanten: { nederland: 5, europa: 5 }, gesprek: { nederland: 3, europa: 1 } }, ['nederland', 'europa']);
    // Europa: 5/10 = 0.5 → 1/4 = 0.25
    const key = `flows.${drop!.code}` as const;
    const params = { ...drop!.params, fromShare: '50%', toShare: '25%' };
    expect(translate('nl', key, params)).toBe('Het aandeel europa daalt het sterkst van sollicitanten naar gesprek: van 50% naar 25%.');
    expect(translate('en', key, params)).toBe('The share europa falls most from sollicitanten to gesprek: from 50% to 25%.');
  });

  it('a stock-flow mismatch names group, origin, both periods and both counts', () => {
    const [issue] = checkStockFlow(
      [
        { period: '2023', group: 'Zorg', counts: { nederland: 10 } },
        { period: '2024', group: 'Zorg', counts: { nederland: 12 } },
      ],
      [{ kind: 'in', period: '2024', group: 'Zorg', category: 'nederland', count: 1 }],
      ['2023', '2024'],
      ['nederland'],
    );
    const text = translate('en', `flows.${issue!.code}` as const, issue!.params);
    expect(text).toBe('Zorg, nederland: the headcount in 2024 (12) is not the headcount in 2023 plus hires minus leavers (11).');
    expect(translate('nl', `flows.${issue!.code}` as const, issue!.params)).not.toMatch(/\{\w+\}/);
  });
});
