import { spawnSync } from 'node:child_process';

// Builds the app once, in a child process with NODE_ENV=production and no VITEST* variables:
// inside vitest, `vite build` would inherit NODE_ENV=test and bundle Svelte's dev build.
export default function setup(): void {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const k of Object.keys(env)) if (k.startsWith('VITEST')) delete env[k];
  for (const args of [['vite', 'build'], ['vite', 'build', '--mode', 'single']]) {
    const r = spawnSync('npx', args, { env, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed with status ${r.status}`);
  }
}
