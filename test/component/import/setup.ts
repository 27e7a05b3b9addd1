import { expect } from 'vitest';
import { render, waitFor, fireEvent, screen } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { Locale } from '../../../src/core/types';
import { createMemoryStore } from '../../../src/storage';
import { Workspace } from '../../../src/state/workspace.svelte';
import type { ImportRunner } from '../../../src/workers/importClient';
import { InProcessRunner } from './inProcessRunner';
import WithImport from './WithImport.svelte';

// jsdom has no Blob URLs; the template links only need some href.
let blobs = 0;
URL.createObjectURL ??= vi.fn(() => `blob:test/${++blobs}`);
URL.revokeObjectURL ??= vi.fn();

/** A shared sample as a File, as the picker would hand it over. */
export function sampleFile(name: string): File {
  return new File([readFileSync(join(process.cwd(), 'test/fixtures/e2e', name))], name, { type: 'text/csv' });
}

/** Renders the import screen with an in-process runner and a workspace on a memory store. */
export function renderScreen<R extends ImportRunner = InProcessRunner>(options: { runner?: R; locale?: Locale } = {}) {
  const runner = (options.runner ?? new InProcessRunner()) as R;
  const workspace = new Workspace(() => options.locale ?? 'nl');
  workspace.store = createMemoryStore();
  const view = render(WithImport, { props: { runner, workspace, locale: options.locale ?? 'nl' } });
  return { ...view, runner, workspace };
}

/** Picks a file in the screen's file input and waits for the report. */
export async function pick(file: File): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#import-file')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
  await waitFor(() => expect(screen.getByTestId('import-result')).toHaveAttribute('data-stage', '2'));
}

/** Waits until the runner has answered `n` requests in total and the screen shows the answer. */
export async function settled(runner: InProcessRunner, n: number): Promise<void> {
  await waitFor(() => expect(runner.starts).toHaveLength(n));
  await waitFor(() => expect(document.querySelector('[data-testid=import-progress] p')).toBeNull());
  await waitFor(() => expect(screen.getByTestId('import-result')).toHaveAttribute('data-stage', '2'));
}
