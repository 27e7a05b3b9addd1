import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// The first paint's budget (issue #19): the JavaScript index.html loads at once, gzip level 9 as
// `npm run bench` measures it, stays within 60 KiB. Disclosure control, its solver and the
// screens load on demand; one import of the audit from an initial module (e.g. a helper living
// beside publish()) pulls it all in, which only this size shows.
const BUDGET = 60 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('the hosted build', () => {
  it('loads at most 60 KiB of gzipped JavaScript before the first paint', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const initial = files('dist').filter((p) => p.endsWith('.js') && html.includes(relative('dist', p)));
    const gzip = initial.reduce((sum, p) => sum + gzipSync(readFileSync(p), { level: 9 }).length, 0);
    // Not vacuous: the entry and its preloaded chunks are found (the bench lists three).
    expect(initial.length).toBeGreaterThanOrEqual(2);
    expect(gzip).toBeLessThanOrEqual(BUDGET);
  });
});
