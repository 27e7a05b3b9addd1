import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { createMemoryStore } from '../../../src/storage';
import { Workspace } from '../../../src/state/workspace.svelte';
import { InProcessRunner } from './inProcessRunner';
import { sampleFile } from './setup';
import WithDataPanel from './WithDataPanel.svelte';
import WithImport from './WithImport.svelte';

describe('one import route (issue 15, item 9)', () => {
  it("hands the overview picker's file to the data screen, which reads it through its own flow", async () => {
    const workspace = new Workspace(() => 'nl');
    workspace.store = createMemoryStore();
    render(WithDataPanel, { props: { workspace } });
    const input = document.querySelector<HTMLInputElement>('#file-input')!;
    expect(input.accept).toContain('.xlsx');
    const file = sampleFile('cbs-barometer-output.csv');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await fireEvent.change(input);
    // nothing is read or saved on the overview: the data screen opens with the file
    expect(location.hash).toBe('#/data');
    expect(workspace.saved).toEqual([]);
    cleanup();

    const runner = new InProcessRunner();
    render(WithImport, { props: { runner, workspace } });
    await waitFor(() => expect(screen.getByTestId('import-result')).toHaveAttribute('data-ok', 'true'));
    expect(runner.starts).toHaveLength(1);
    expect(runner.starts[0]!.source).toMatchObject({ kind: 'file', fileName: 'cbs-barometer-output.csv' });
    // the same save form as any other file: name, source, save
    expect(document.querySelector('#import-meta-provenance')).not.toBeNull();
    // taken once: opening the data screen again starts empty
    expect(workspace.takeHandedOver()).toBeNull();
  });
});
