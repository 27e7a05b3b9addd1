import { describe, expect, it } from 'vitest';
import { createMemoryStore, type Store } from '../../../src/storage';
import { AnalysisSettings, analysisSettingKey } from '../../../src/state/analysisSettings.svelte';

describe('AnalysisSettings', () => {
  it('saves choices under the dataset’s key and restores them in a new instance', async () => {
    const store = createMemoryStore();
    const a = new AnalysisSettings(() => store, () => 'ds-1');
    await a.load();
    await a.update({ targetYear: '2030', levelOrder: { schaal: ['b', 'a'] } });
    const b = new AnalysisSettings(() => store, () => 'ds-1');
    await b.load();
    expect(b.choices.targetYear).toBe('2030');
    expect(b.choices.levelOrder).toEqual({ schaal: ['b', 'a'] });
  });

  it('keeps each dataset’s choices apart, the demo under its own key', async () => {
    const store = createMemoryStore();
    let id: string | null = 'ds-1';
    const s = new AnalysisSettings(() => store, () => id);
    await s.load();
    await s.update({ turnover: '12' });
    id = null;
    await s.load();
    expect(s.choices.turnover).toBe('');
    expect(analysisSettingKey(null)).toBe('analysis:demo');
    id = 'ds-1';
    await s.load();
    expect(s.choices.turnover).toBe('12');
  });

  it('loads again once the store opens after the first screen', async () => {
    const store = createMemoryStore();
    await store.saveSetting(analysisSettingKey('ds-1'), { groupDimension: 'afdeling' });
    let opened: Store | null = null;
    const s = new AnalysisSettings(() => opened, () => 'ds-1');
    await s.load();
    expect(s.choices.groupDimension).toBe('');
    opened = store;
    await s.load();
    expect(s.choices.groupDimension).toBe('afdeling');
  });
});
