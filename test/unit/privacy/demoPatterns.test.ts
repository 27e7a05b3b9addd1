import { describe, expect, it } from 'vitest';
import { solver } from './highs';
import { demoDataset } from '../../../src/core/demo/demoDataset';
import { DEMO_PATTERNS } from '../../../src/core/demo/demoPatterns';
import { checkDifferencing } from '../../../src/core/privacy/checkDifferencing';
import { decodePattern, encodePattern, patternOf, publishWithPattern } from '../../../src/core/privacy/pattern';
import { fingerprintDataset, publishPrecomputed } from '../../../src/core/privacy/precomputed';
import { publish } from '../../../src/core/privacy/publish';
import { PRESETS, type PresetId } from '../../../src/core/privacy/rules';
import type { PublishedTable } from '../../../src/core/privacy/types';
import type { Dataset } from '../../../src/core/types';
import { publishDataset } from '../../../src/workers/publishDataset';

const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

/** The demo with one count changed: the first group whose `category` is `from` gets `to` instead. */
function demoWithCount(category: string, from: number, to: number): { dataset: Dataset; key: Record<string, string> } {
  const dataset = demoDataset();
  const group = dataset.groups.find((g) => g.counts[category] === from);
  if (!group) throw new Error(`the demo has no ${category} count of ${from}`);
  group.counts[category] = to;
  return { dataset, key: group.key };
}

// publish() on the demo takes a second or more under 'standard' here (its exact audit): each
// preset's demo table is computed once, and tests get more than the default 5 s.
const SLOW = 30_000;
const demoTables = new Map<PresetId, PublishedTable>();
function demoTable(preset: PresetId): PublishedTable {
  if (!demoTables.has(preset)) demoTables.set(preset, publish(demoDataset(), preset, solver));
  return demoTables.get(preset)!;
}

function committedPattern(preset: PresetId): string {
  const { groupMin, cellMin } = PRESETS[preset];
  const entry = DEMO_PATTERNS.patterns.find((p) => p.rules.groupMin === groupMin && p.rules.cellMin === cellMin);
  if (!entry) throw new Error(`demoPatterns.ts has no pattern for '${preset}': run npm run demo:patterns`);
  return entry.pattern;
}

// These keep the committed src/core/demo/demoPatterns.ts honest: they fail when the demo, the
// presets or any step of publish() change until `npm run demo:patterns` is rerun.
describe('the committed demo patterns', { timeout: SLOW }, () => {
  it('belong to the demo as it is now (the worker recognises it)', () => {
    expect(DEMO_PATTERNS.fingerprint).toBe(fingerprintDataset(demoDataset()));
    expect(DEMO_PATTERNS.headcount).toBe(demoDataset().groups.reduce((n, g) => n + g.total, 0));
    expect(DEMO_PATTERNS.patterns.map((p) => p.rules)).toEqual(PRESET_IDS.map((id) => PRESETS[id]));
  });

  it.each(PRESET_IDS)("reproduce publish(demoDataset(), '%s') exactly", (preset) => {
    const expected = demoTable(preset);
    expect(expected.audit?.audited).toBe(true);
    // A bare pattern is not vouched for (audited: false); the committed one, served by publishPrecomputed, is.
    expect(publishWithPattern(demoDataset(), preset, decodePattern(committedPattern(preset)))).toEqual({
      ...expected,
      audit: { ...expected.audit, audited: false },
    });
    expect(publishPrecomputed(demoDataset(), preset, DEMO_PATTERNS)).toEqual(expected);
  });
});

describe('pattern serialisation', { timeout: SLOW }, () => {
  it.each(PRESET_IDS)("round-trips the '%s' pattern", (preset) => {
    const pattern = patternOf(demoTable(preset));
    expect(encodePattern(pattern)).toBe(committedPattern(preset));
    expect(decodePattern(encodePattern(pattern))).toEqual(pattern);
  });

  it('keeps every reason code, one digit per cell, and refuses anything else', () => {
    const pattern = Uint8Array.from([0, 1, 2, 3, 4, 5, 5, 0]);
    expect(encodePattern(pattern)).toBe('01234550');
    expect(decodePattern('01234550')).toEqual(pattern);
    expect(decodePattern('')).toEqual(new Uint8Array(0));
    for (const bad of ['0160', '01a', '0-1', '0 1']) expect(() => decodePattern(bad)).toThrow(/Not a suppression pattern/);
  });
});

describe('publishWithPattern refuses a pattern that cannot be publish()’s', { timeout: SLOW }, () => {
  const dataset = demoDataset();
  const good = () => patternOf(demoTable('standard'));

  it('of the wrong length', () => {
    expect(publishWithPattern(dataset, 'standard', good().subarray(1))).toBeNull();
  });

  it('that shows a cell the rules hide, or changes its reason', () => {
    const pattern = good();
    const small = pattern.indexOf(4); // a cell-too-small cell
    pattern[small] = 0;
    expect(publishWithPattern(dataset, 'standard', pattern)).toBeNull();
    pattern[small] = 5;
    expect(publishWithPattern(dataset, 'standard', pattern)).toBeNull();
  });

  it('that leaves one hidden member in a sum', () => {
    // Cells 0..3 are the whole organisation's categories and total, all shown under 'standard'
    // (it has 1,000+ people, no category under 10): hiding only its first category leaves it
    // recomputable as total minus the other two.
    const pattern = good();
    expect([...pattern.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
    pattern[0] = 5;
    expect(publishWithPattern(dataset, 'standard', pattern)).toBeNull();
  });
});

describe('recognising the demo', { timeout: SLOW }, () => {
  it('by its content: a reordered copy is the demo', () => {
    const reordered = demoDataset();
    reordered.groups.reverse();
    expect(fingerprintDataset(reordered)).toBe(DEMO_PATTERNS.fingerprint);
    // Same finest groups, so the same table as the demo's (publish() sorts them itself).
    expect(publishPrecomputed(reordered, 'standard', DEMO_PATTERNS)).toEqual(demoTable('standard'));
  });

  // Both keep every total, so the headcount check lets them through and the fingerprint must turn
  // them away. europa 10 -> 9 falls under cellMin: the pattern itself must change. One more person
  // of Dutch origin in a large group (126 -> 127): no threshold is near, only a value changes.
  const changes = [['europa', 10, 9], ['nederland', 126, 127]] as const;
  it.each(changes.flatMap((change) => PRESET_IDS.map((preset) => [...change, preset] as const)))(
    "not a copy with one count changed (%s %i -> %i), though it still says provenance demo: '%s' runs publish()",
    async (category, from, to, preset) => {
      const changed = demoWithCount(category, from, to).dataset;
      expect(changed.meta?.provenance).toBe('demo');
      expect(fingerprintDataset(changed)).not.toBe(DEMO_PATTERNS.fingerprint);
      expect(publishPrecomputed(changed, preset, DEMO_PATTERNS)).toBeNull();
      expect((await publishDataset(changed, preset, async () => solver)).table).toEqual(publish(changed, preset, solver));
    },
  );

  it('would have shown a wrong table for the changed copy, so the check above matters', () => {
    // By hand: 10 is shown under 'standard' (cellMin 10) unless a partner is needed; 9 is hidden as too small.
    const { dataset: changed, key } = demoWithCount('europa', 10, 9);
    const table = publish(changed, 'standard', solver);
    const reasonOf = ({ cells }: PublishedTable) =>
      cells.find((c) => c.category === 'europa' && JSON.stringify(c.key) === JSON.stringify(key))?.reason;
    expect(reasonOf(demoTable('standard'))).not.toBe('cell-too-small');
    expect(reasonOf(table)).toBe('cell-too-small');
    expect(patternOf(table)).not.toEqual(decodePattern(committedPattern('standard')));
  });

  it('not another scheme or other dimension names with the same numbers', () => {
    expect(fingerprintDataset({ ...demoDataset(), scheme: 'migratieachtergrond' })).not.toBe(DEMO_PATTERNS.fingerprint);
    const renamed = demoDataset();
    renamed.dimensions = ['jaar', 'afdeling', 'niveau'];
    for (const g of renamed.groups) g.key = { jaar: g.key.jaar!, afdeling: g.key.afdeling!, niveau: g.key.schaal! };
    expect(fingerprintDataset(renamed)).not.toBe(DEMO_PATTERNS.fingerprint);
  });
});

describe('publishDataset', { timeout: SLOW }, () => {
  it.each(PRESET_IDS)("gives for the demo under '%s' what publish() and checkDifferencing give, without loading a solver", async (preset) => {
    const dataset = demoDataset();
    const noSolver = () => Promise.reject(new Error('the demo must not need the solver'));
    expect(await publishDataset(dataset, preset, noSolver)).toEqual({
      table: demoTable(preset),
      warnings: checkDifferencing(dataset, preset),
    });
  });
});
