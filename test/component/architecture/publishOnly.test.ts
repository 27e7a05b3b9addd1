import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import type { Dataset, Group } from '../../../src/core/types';
import WithPoisonedDataset from './WithPoisonedDataset.svelte';
import { benchmark, tinyDataset } from '../analysis/fixtures';
import ComparisonView from '../../../src/components/ComparisonView.svelte';
import GroupsScreen from '../../../src/components/analysis/GroupsScreen.svelte';
import PipelineScreen from '../../../src/components/analysis/PipelineScreen.svelte';
import TrendsScreen from '../../../src/components/analysis/TrendsScreen.svelte';
import TargetsScreen from '../../../src/components/analysis/TargetsScreen.svelte';
import ReportScreen from '../../../src/components/report/ReportScreen.svelte';
import EmbedScreen from '../../../src/components/embed/EmbedScreen.svelte';

const RAW_NUMBERS = new Set(['counts', 'total', 'detail', 'suppressed']);
const touched: string[] = [];

/** A copy of the dataset whose groups record (and refuse) every read of a raw number. */
function poison(dataset: Dataset): Dataset {
  const groups = dataset.groups.map(
    (g) =>
      new Proxy(g, {
        get(target, prop, receiver) {
          if (typeof prop === 'string' && RAW_NUMBERS.has(prop)) {
            touched.push(prop);
            throw new Error(`a view read group.${prop} instead of a published cell`);
          }
          return Reflect.get(target, prop, receiver) as unknown;
        },
      }) as Group,
  );
  return { ...dataset, groups };
}

// Every view and export path renders from publish() alone: it may read the dataset's structure
// (dimensions, group keys, scheme) but never a count, total or detail of a group.
describe('views read numbers only from the published table', () => {
  it.each([
    ['overview with its export menu', ComparisonView],
    ['groups', GroupsScreen],
    ['pipeline', PipelineScreen],
    ['trends', TrendsScreen],
    ['targets', TargetsScreen],
    ['print report', ReportScreen],
    ['embed', EmbedScreen],
  ] as Array<[string, Component]>)('%s', (_name, component) => {
    touched.length = 0;
    const dataset = tinyDataset();
    const { container } = render(WithPoisonedDataset, {
      props: { component, dataset, poisoned: poison(dataset), benchmark },
    });
    expect(touched).toEqual([]);
    // And it did render numbers: the organisation in 2024 has 270 staff (see fixtures).
    expect(container.textContent).toMatch(/\d/);
  });

  it('the poison works: reading a raw count throws', () => {
    const g = poison(tinyDataset()).groups[0]!;
    expect(() => g.counts).toThrow(/published cell/);
    expect(g.key.jaar).toBe('2024');
  });
});
