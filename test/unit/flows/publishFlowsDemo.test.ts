import { describe, expect, it } from 'vitest';
import { DEMO_FUNNEL_STAGES, demoDataset, demoFlows } from '../../../src/core/demo';
import { publishFlows } from '../../../src/core/flows/publishFlows';
import { DEMO_PATTERNS } from '../../../src/core/demo/demoPatterns';
import { publishPrecomputed } from '../../../src/core/privacy/precomputed';
import { solver } from '../privacy/highs';

describe('publishFlows on the demo organisation', () => {
  for (const preset of ['internal', 'standard', 'cbs'] as const) {
    it(`publishes its flows under '${preset}' with the audit passed and the links audited`, () => {
      const stocks = demoDataset();
      const stockTable = publishPrecomputed(stocks, preset, DEMO_PATTERNS)!;
      const before = JSON.stringify(stockTable);
      const out = publishFlows({ stocks, stockTable, flows: demoFlows(), stages: DEMO_FUNNEL_STAGES, rules: preset, solver });
      expect(out.audit.audited).toBe(true);
      // The organisation (flows are published for it alone), 3 year steps (2021→22, 22→23, 23→24),
      // 3 origins: 3 × 3 = 9 links, all holding (demoFlows makes hires − leavers each unit's change of stock).
      expect(out.audit.links).toBe(9);
      expect(JSON.stringify(stockTable)).toBe(before);
    }, 60_000);
  }
});
