import { describe, expect, it } from 'vitest';
import { computePipeline } from '../../../src/core/analysis/computePipeline';
import { sumByDimension, sumCells } from '../../../src/core/analysis/sumGroups';
import { toKeyedCounts } from '../../../src/core/analysis/toKeyedCounts';

const CATS = ['nl', 'eu', 'be'];

describe('sumCells and sumByDimension', () => {
  it('adds counts; an unknown addend makes the sum unknown', () => {
    const s = sumCells(
      [
        { counts: { nl: 10, eu: 2, be: null }, total: 15 },
        { counts: { nl: 5, eu: 1, be: 4 }, total: 10 },
      ],
      CATS,
    );
    // nl 10 + 5 = 15; eu 2 + 1 = 3; be unknown + 4 = unknown; total 15 + 10 = 25
    expect(s).toEqual({ counts: { nl: 15, eu: 3, be: null }, total: 25 });
  });

  it('groups by one dimension, ignoring groups without it', () => {
    const by = sumByDimension(
      [
        { key: { schaal: '1', afd: 'A' }, counts: { nl: 8, eu: 1, be: 1 }, total: 10 },
        { key: { schaal: '1', afd: 'B' }, counts: { nl: 6, eu: 2, be: 2 }, total: 10 },
        { key: { schaal: '2', afd: 'A' }, counts: { nl: 9, eu: 1, be: 0 }, total: 10 },
        { key: { afd: 'C' }, counts: { nl: 1, eu: 0, be: 0 }, total: 1 },
      ],
      'schaal',
      CATS,
    );
    // schaal 1: nl 8 + 6 = 14, eu 1 + 2 = 3, be 1 + 2 = 3, total 20
    expect(by).toEqual({
      '1': { counts: { nl: 14, eu: 3, be: 3 }, total: 20 },
      '2': { counts: { nl: 9, eu: 1, be: 0 }, total: 10 },
    });
  });

  it('toKeyedCounts turns source-suppressed categories into null', () => {
    const k = toKeyedCounts({ key: { a: 'x' }, total: 10, counts: { nl: 9, eu: 0, be: 1 }, suppressed: ['eu'] }, CATS);
    expect(k).toEqual({ key: { a: 'x' }, total: 10, counts: { nl: 9, eu: null, be: 1 } });
  });
});

describe('computePipeline', () => {
  const byLevel = {
    laag: { counts: { nl: 60, eu: 15, be: 25 }, total: 100 },
    midden: { counts: { nl: 40, eu: 5, be: 5 }, total: 50 },
    hoog: { counts: { nl: 45, eu: 3, be: 2 }, total: 50 },
  };

  it('shares per level and top versus organisation, by hand', () => {
    const p = computePipeline(['laag', 'midden', 'hoog'], byLevel, CATS);
    // overall: nl 60 + 40 + 45 = 145, eu 23, be 32, total 200 -> 0.725, 0.115, 0.16
    // top (hoog): nl 45/50 = 0.9, eu 3/50 = 0.06, be 2/50 = 0.04
    // ratio: nl 0.9/0.725 = 1.2413793, eu 0.06/0.115 = 0.5217391, be 0.04/0.16 = 0.25
    expect(p.top).toBe('hoog');
    expect(p.levels.map((l) => l.level)).toEqual(['laag', 'midden', 'hoog']);
    expect(p.levels[0]!.shares.be).toBeCloseTo(0.25, 12);
    expect(p.overall.total).toBe(200);
    expect(p.overall.shares.nl).toBeCloseTo(0.725, 12);
    expect(p.topRatio.nl).toBeCloseTo(1.2413793, 6);
    expect(p.topRatio.eu).toBeCloseTo(0.5217391, 6);
    expect(p.topRatio.be).toBeCloseTo(0.25, 12);
  });

  it('the order decides which level is the top', () => {
    // top = laag: be 25/100 = 0.25 over overall 0.16 = 1.5625
    const p = computePipeline(['hoog', 'midden', 'laag'], byLevel, CATS);
    expect(p.top).toBe('laag');
    expect(p.topRatio.be).toBeCloseTo(1.5625, 12);
  });

  it('uses the given organisation cell when there is one', () => {
    // overall given: be 40/400 = 0.1; top be 0.04 -> 0.4
    const p = computePipeline(['laag', 'midden', 'hoog'], byLevel, CATS, { counts: { nl: 300, eu: 60, be: 40 }, total: 400 });
    expect(p.topRatio.be).toBeCloseTo(0.4, 12);
  });

  it('suppressed counts and a zero overall share give null ratios, never 0', () => {
    const p = computePipeline(
      ['laag', 'hoog'],
      { laag: { counts: { nl: 10, eu: 0, be: null }, total: 12 }, hoog: { counts: { nl: 5, eu: 0, be: 1 }, total: 6 } },
      CATS,
    );
    expect(p.overall.shares.be).toBeNull(); // unknown + 1 is unknown
    expect(p.topRatio.be).toBeNull();
    expect(p.topRatio.eu).toBeNull(); // overall eu share 0/18 = 0: no ratio
    // nl: top 5/6 over overall 15/18 = 1
    expect(p.topRatio.nl).toBeCloseTo(1, 12);
  });

  it('a level missing from the data is shown as unknown', () => {
    const p = computePipeline(['laag', 'onbekend'], byLevel, CATS);
    expect(p.levels[1]).toEqual({ level: 'onbekend', total: null, shares: { nl: null, eu: null, be: null } });
    expect(p.topRatio.nl).toBeNull();
  });

  it('no levels: no top', () => {
    const p = computePipeline([], byLevel, CATS);
    expect(p.top).toBeNull();
    expect(p.topRatio).toEqual({ nl: null, eu: null, be: null });
  });
});
