import { describe, expect, it } from 'vitest';
import { flowTemplateCsv, importFlows } from '../../../src/core';

describe('flow templates', () => {
  it.each(['nl', 'en'] as const)('the %s template imports back', (locale) => {
    const r = importFlows(flowTemplateCsv(locale));
    expect(r.issues).toEqual([]);
    expect(r.flows.length).toBe(10);
  });
});
