#!/usr/bin/env bash
# `npm test`: every test, unit + component + end-to-end in real Chromium, after the type gate.
# Ends with `tests: N passed, N failed` and a non-zero exit on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -f reports/vitest.json

node scripts/ensure-chromium.mjs || { echo "tests: 0 passed, 1 failed"; exit 1; }
if ! npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings; then
  echo "type check failed"; echo "tests: 0 passed, 1 failed"; exit 1
fi
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json "$@"
status=$?
node scripts/test-summary.mjs reports/vitest.json || status=1
exit $status
