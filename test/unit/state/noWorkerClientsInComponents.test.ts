import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('the house', () => {
  it('lets no component or chart reach the workers: worker clients are made in state', () => {
    const offenders = [...files('src/components'), ...files('src/charts'), 'src/App.svelte']
      .filter((f) => /\.(svelte|ts)$/.test(f))
      .filter((f) => /from ['"][./]*\/?workers\//.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps storage, settings and effects out of the root component', () => {
    const app = readFileSync('src/App.svelte', 'utf8');
    expect(app).not.toMatch(/\$effect\(/);
    expect(app).not.toMatch(/loadSetting|saveSetting|restorePreset|ensureLoaded|disclosure\.update/);
  });
});
