import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import WithSettings from '../WithSettings.svelte';
import FlowTypedSource from '../../../src/components/import/FlowTypedSource.svelte';
import { importFlows } from '../../../src/core';

type Props = ComponentProps<typeof FlowTypedSource>;

describe('FlowTypedSource', () => {
  it('turns typed hires and a recruitment stage into a flow file the import reads', async () => {
    const ontext = vi.fn();
    const props: Props = { scheme: 'herkomst', ontext };
    render(WithSettings<Props>, { props: { component: FlowTypedSource, props } });
    await fireEvent.input(screen.getByLabelText('Periode, rij 1'), { target: { value: '2024' } });
    await fireEvent.input(screen.getByLabelText('Aantal Nederland, rij 1'), { target: { value: '12' } });
    await fireEvent.input(screen.getByLabelText('Aantal Buiten Europa, rij 1'), { target: { value: '5' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Rij toevoegen' }));
    await fireEvent.change(screen.getByLabelText('Stroom, rij 2'), { target: { value: 'funnel' } });
    await fireEvent.input(screen.getByLabelText('Fase van de werving, rij 2'), { target: { value: 'Sollicitanten' } });
    await fireEvent.input(screen.getByLabelText('Aantal Nederland, rij 2'), { target: { value: '60' } });
    // A count left empty is not taken for 0: the import says so, at its row and column (row 3: the
    // header is row 1), like a blank cell in a file.
    await fireEvent.click(screen.getByRole('button', { name: 'Ingevulde stromen inlezen' }));
    expect(importFlows(ontext.mock.calls[0]![0] as string).issues).toContainEqual({ severity: 'error', code: 'missing-count', params: {}, row: 3, column: 'Buiten Europa' });
    for (const [label, value] of [['Aantal Europa (excl. Nederland), rij 1', '0'], ['Aantal Europa (excl. Nederland), rij 2', '10'], ['Aantal Buiten Europa, rij 2', '30']]) {
      await fireEvent.input(screen.getByLabelText(label!), { target: { value } });
    }
    await fireEvent.click(screen.getByRole('button', { name: 'Ingevulde stromen inlezen' }));
    expect(ontext).toHaveBeenCalledTimes(2);
    const read = importFlows(ontext.mock.calls[1]![0] as string);
    expect(read.issues).toEqual([]);
    // Row 1: 12 Dutch, 0 European and 5 non-European hires in 2024; row 2 (the period carried
    // over from row 1): 60 Dutch applicants.
    expect(read.flows.map((f) => [f.kind, f.period, f.category, f.count])).toEqual(
      expect.arrayContaining([
        ['in', '2024', 'nederland', 12],
        ['in', '2024', 'buiten-europa', 5],
        ['funnel', '2024', 'nederland', 60],
      ]),
    );
    expect(read.stages).toEqual(['Sollicitanten']);
  });
});
