import { describe, expect, it } from 'vitest';
import { codeLabel, describeBenchmarkCell } from '../../../src/core/views/benchmarks';

describe('describeBenchmarkCell', () => {
  it.each([
    [{}, 'nl', 'heel Nederland'],
    [{}, 'en', 'the whole of the Netherlands'],
    [{ sector: 'I' }, 'nl', 'sector I Horeca'],
    [{ sector: 'I', region: 'AM18' }, 'nl', 'sector I Horeca, regio Groot Amsterdam'],
    [{ region: 'PV27' }, 'en', 'region North Holland'],
    [{ sizeClass: '500+' }, 'nl', 'bedrijfsgrootte 500 en meer werknemers'],
    [{ wageClass: 'top10' }, 'en', 'hourly-wage class Top 10% of annual wages'],
    [{ sector: 'ZZ' }, 'nl', 'sector ZZ'], // an unknown code stays as it is
    [{ sizeClass: '1-10', region: 'AM18', sector: 'I' }, 'nl', 'sector I Horeca, regio Groot Amsterdam, bedrijfsgrootte 1 tot 10 werknemers'], // read in a fixed order
  ] as const)('%j in %s', (key, locale, expected) => {
    expect(describeBenchmarkCell(key, locale)).toBe(expected);
  });

  it('names the region NL as the whole country', () => {
    expect(codeLabel('region', 'NL', 'nl')).toBe('heel Nederland');
  });
});
