import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Keeps the single-file build under the same strict Content-Security-Policy as the hosted build:
 * every script and style the build inlined into index.html is allowed by its hash (never
 * 'unsafe-inline'), and connect-src becomes 'none' because the benchmark tables are inlined too.
 * Must run after vite-plugin-singlefile.
 */
export function cspForInlined(): Plugin {
  return {
    name: 'barometer:csp-for-inlined',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset') return;
        let source = String(html.source);
        const hashes = (tag: string) =>
          [...source.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
            .map((m) => m[1] ?? '')
            .filter((body) => body.trim() !== '')
            .map(sha256);
        const scripts = hashes('script');
        const styles = hashes('style');
        source = source.replace(/content="([^"]*default-src[^"]*)"/, (_whole, csp: string) => {
          const policy = csp
            .replace("script-src 'self'", ["script-src 'self'", ...scripts].join(' '))
            .replace("style-src 'self'", ["style-src 'self'", ...styles].join(' '))
            .replace("connect-src 'self'", "connect-src 'none'");
          return `content="${policy}"`;
        });
        html.source = source;
      },
    },
  };
}
