/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { cspForInlined } from './scripts/vite/cspForInlined.ts';
import { highsWasmOnce } from './scripts/vite/highsWasmOnce.ts';

// Two builds from one config: the hosted build (relative base, lazy benchmark files) and
// `--mode single`, one index.html that works from file://.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    svelte(),
    svelteTesting(),
    VitePWA({
      // file:// has no service workers; there the plugin only provides a no-op register module.
      disable: mode === 'single',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Barometer culturele diversiteit',
        short_name: 'Barometer',
        lang: 'nl',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f5fa8',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,wasm}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: null,
      },
    }),
    ...(mode === 'single' ? [viteSingleFile(), cspForInlined(), highsWasmOnce()] : []),
  ],
  resolve: {
    alias: [
      { find: /^d3-interpolate$/, replacement: fileURLToPath(new URL('./src/charts/numericInterpolate.ts', import.meta.url)) },
      ...(mode === 'single'
        ? [
            { find: './loadBenchmarkJson', replacement: fileURLToPath(new URL('./src/state/loadBenchmarkJson.single.ts', import.meta.url)) },
            { find: './workerFactories', replacement: fileURLToPath(new URL('./src/workers/workerFactories.single.ts', import.meta.url)) },
            { find: './publishInline', replacement: fileURLToPath(new URL('./src/workers/publishInline.single.ts', import.meta.url)) },
          ]
        : []),
    ],
  },
  build: {
    target: 'es2022',
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    // The single file carries its own copies of the tables; the folder would only be dead weight.
    copyPublicDir: mode !== 'single',
    // Every browser we support preloads modules itself; where one does not, the links are ignored
    // and the modules still load: the polyfill would only cost initial bytes.
    modulePreload: { polyfill: false },
    // Our core and storage modules only declare things: unused exports of their barrels may go.
    rollupOptions: {
      treeshake: {
        moduleSideEffects: (id: string) =>
          !/[/\\]src[/\\](core|storage)[/\\]/.test(id),
      },
    },
  },
  // Classic (iife) workers in the single file: file:// pages have an opaque origin, from which
  // Chromium will not start module workers, even from blob: URLs.
  worker: { format: mode === 'single' ? 'iife' : 'es', plugins: () => (mode === 'single' ? [highsWasmOnce()] : []) },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
          setupFiles: ['./vitest.setup.ts'],
          env: { TZ: 'Europe/Amsterdam' },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // A shared or slow machine may take seconds to start a worker or load a screen: polls wait
          // up to 10 s (the default, 1 s, failed under load), and still end as soon as they hold.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
          globalSetup: ['./test/e2e/global-setup.ts'],
        },
      },
    ],
  },
}));
