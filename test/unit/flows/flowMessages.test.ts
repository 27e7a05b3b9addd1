import { describe, expect, it } from 'vitest';
import { checkStockFlow, findFunnelDrops, importFlows } from '../../../src/core';
import { importFixture } from './loadFlows';
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

describe('flow import issues in words', () => {
  const files = [
    'errors-long.csv', 'REFUSE-funnel-exceeds.csv', 'REFUSE-person-column.csv', 'REFUSE-person-rows.csv',
    'REFUSE-no-count.csv', 'REFUSE-no-origin.csv', 'mixed-schemes.csv', 'REFUSE-fraction.xlsx',
  ];
  const issues = [
    ...files.flatMap((f) => importFixture(f).issues),
    ...importFlows('Jaar;Herkomst;Aantal\n2024;Nederland;5\n').issues,
    ...importFlows('Jaar;Stroom;Fase;Herkomst;Aantal\n2024;Werving;;Nederland;5\n').issues,
    ...importFlows('').issues,
    ...importFlows(new Uint8Array([0, 1, 0])).issues,
  ];

  it('covers every code the import can give but the stock check', () => {
    // 17 codes in FlowIssueCode, stock-flow-mismatch worded above
    expect(new Set(issues.map((i) => i.code)).size).toBe(16);
  });

  it.each(['nl', 'en'] as const)('words each in %s with its params filled', (locale) => {
    for (const issue of issues) {
      const text = translate(locale, `flows.${issue.code}` as const, issue.params);
      expect(text, issue.code).not.toMatch(/\{\w+\}|^flows\./);
    }
  });

  it('says which funnel stage has more people than the one before', () => {
    const [issue] = importFixture('REFUSE-funnel-exceeds.csv').issues;
    expect(translate('en', `flows.${issue!.code}` as const, issue!.params)).toBe(
      'europa: stage Gesprek counts 11 people, more than the 10 of stage Sollicitanten before it; nobody enters recruitment halfway.',
    );
  });
});
