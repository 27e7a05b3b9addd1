import { describe, expect, it } from 'vitest';
import { exportNotes } from '../../../src/components/export/exportNotes';
import { translate, type MessageKey } from '../../../src/i18n/translate';
import type { CurrentBenchmark } from '../../../src/state/benchmarks.svelte';

const t = (locale: 'nl' | 'en') => (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

const benchmark: CurrentBenchmark = {
  shares: { nederland: 0.75 },
  provenance: { kind: 'illustrative', source: 'gegenereerd' },
  label: 'sector O (2024)',
};

describe('exportNotes', () => {
  it('states source, benchmark kind and source, thresholds, the meaning of "." and the date, in order', () => {
    const notes = exportNotes(t('nl'), { datasetName: 'Afdelingen', benchmark, rules: { groupMin: 50, cellMin: 10 }, date: '29 november 2026' });
    expect(notes.notes).toEqual([
      'Bron: eigen gegevens (Afdelingen).',
      'Benchmark: sector O (2024) (illustratief). Bron: gegenereerd.',
      'Beschermd: groepen kleiner dan 50 en cellen kleiner dan 10 personen worden niet getoond.',
      '. = niet getoond om personen te beschermen.',
      'Gemaakt met Barometer culturele diversiteit op 29 november 2026.',
    ]);
    expect(notes.sourceLine).toBe(notes.notes[0]);
    expect(notes.provenance).toBe(`${notes.notes[1]} ${notes.notes[2]}`);
  });

  it('says when there is no benchmark, and leaves out thresholds not yet known, in English', () => {
    const notes = exportNotes(t('en'), { datasetName: 'X', benchmark: null, rules: null, date: '29 November 2026' });
    expect(notes.notes).toEqual([
      'Source: own data (X).',
      'No benchmark available.',
      '. = not shown to protect individuals.',
      'Made with the Cultural diversity barometer on 29 November 2026.',
    ]);
  });
});
