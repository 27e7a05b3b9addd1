import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// The solver is WebAssembly: the policy may allow compiling it ('wasm-unsafe-eval') and nothing
// more — no 'unsafe-eval', no 'unsafe-inline', no other origin (docs/INTRANET.md).
describe('the Content-Security-Policy of index.html', () => {
  const html = readFileSync('index.html', 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
  const directive = (name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));

  it("lets scripts come from 'self' and compile WebAssembly, nothing else", () => {
    expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('keeps every other directive as strict as before', () => {
    expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:/);
    expect(directive('connect-src')).toBe("connect-src 'self'");
    expect(directive('worker-src')).toBe("worker-src 'self' blob:");
  });
});
