#!/usr/bin/env bash
# `npm test`: everything the tests need, from a fresh clone. Installs the npm packages when they are
# missing or stale, type-checks, then runs every test tier (the Kafka tests fetch and start their own
# broker through scripts/kafka/). Ends with one summary line: "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

# node_modules is current when it was installed from this very package-lock.json.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.installed-lock-sha256 2>/dev/null)" != "$lock_sum" ]; then
  echo "== installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.installed-lock-sha256
fi

echo "== type-check"
npx tsc --noEmit

echo "== tests"
mkdir -p .cache
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.cache/vitest-results.json "$@" || status=$?
node -e '
  const fs = require("fs");
  const f = ".cache/vitest-results.json";
  if (!fs.existsSync(f)) { console.log("Tests: 0 passed, 1 failed"); process.exit(0); }
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0);
  console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
'
exit $status
