// The browser tests need Debian's Chromium. Install it when missing and we are root; otherwise
// fail loudly: a skipped browser test would hide exactly what it exists to catch.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Chromium not found at ${path}, and installing it needs root.`);
  console.error('Install it with: sudo apt-get install -y --no-install-recommends chromium');
  process.exit(1);
}
console.log('Installing Debian chromium for the browser tests…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execSync('apt-get update -q', { stdio: 'inherit', env });
  execSync('apt-get install -y -q --no-install-recommends chromium', { stdio: 'inherit', env });
} catch {
  console.error('Installing chromium failed; the browser tests cannot run.');
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`chromium installed but ${path} is missing.`);
  process.exit(1);
}
