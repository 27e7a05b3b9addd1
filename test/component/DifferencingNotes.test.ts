import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import WithWorkspaceDataset from './WithWorkspaceDataset.svelte';
import type { Dataset } from '../../src/core/types';

const group = (afdeling: string, n: [number, number, number]) => ({
  key: { afdeling },
  total: n[0] + n[1] + n[2],
  counts: { nederland: n[0], europa: n[1], 'buiten-europa': n[2] },
});

describe('DifferencingNotes', () => {
  it('warns when a group is everyone except a few', async () => {
    // 'Alle afdelingen behalve Staf' is the organisation minus the unit 'Staf'.
    const dataset: Dataset = {
      scheme: 'herkomst',
      dimensions: ['afdeling'],
      groups: [group('Alle afdelingen behalve Staf', [300, 40, 60]), group('Staf', [5, 1, 2])],
    };
    const { findByTestId } = render(WithWorkspaceDataset, { props: { dataset } });
    const warning = (await findByTestId('differencing')).querySelector('[data-code="complement-group"]');
    expect(warning).toHaveTextContent("De groep 'Alle afdelingen behalve Staf' lijkt op iedereen op een paar na");
  });

  it('says nothing for ordinary units', async () => {
    const dataset: Dataset = {
      scheme: 'herkomst',
      dimensions: ['afdeling'],
      groups: [group('Zorg', [120, 20, 30]), group('ICT', [60, 15, 25])],
    };
    const { queryByTestId, findByTestId } = render(WithWorkspaceDataset, { props: { dataset } });
    await findByTestId('published'); // the disclosure step has run
    expect(queryByTestId('differencing')).toBeNull();
  });
});
