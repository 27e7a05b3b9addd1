// Shared by the Chromium bench sections: a fresh hosted build, a tiny static server for it, and
// Debian's Chromium launched the way the e2e tests launch it (test/e2e/browser.ts).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };

/** Builds the hosted app into out/<name>, always afresh: an older build would measure older code. */
export async function freshBuild(root, out, name) {
  const dist = join(out, name);
  process.env.NODE_ENV = 'production';
  await build({ root, logLevel: 'silent', build: { outDir: dist, emptyOutDir: true } });
  return dist;
}

/** Serves `dir` on 127.0.0.1 and a free port; resolves to the listening server. */
export function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** The server's base URL, e.g. http://127.0.0.1:41234/ */
export const urlOf = (server) => `http://127.0.0.1:${server.address().port}/`;

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Serves `dist`, launches Chromium and runs `measure({ browser, url })`; the browser and the server
 * are closed however it ends.
 */
export async function withApp(dist, measure) {
  const server = await serve(dist);
  let browser;
  try {
    browser = await launch();
    return await measure({ browser, url: urlOf(server) });
  } finally {
    await browser?.close();
    server.close();
  }
}
