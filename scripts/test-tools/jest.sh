#!/usr/bin/env bash
# Prints the path of a jest the tests can run (test/cli-quarantined.int.test.ts runs the exclude
# filter `signalhouse quarantined --format jest` prints with a real jest, and makes its reports with
# jest-junit). Installs, once, the pinned versions below from npm into <repo>/.cache/jest (outside the
# project's own dependencies: only this test needs them); later calls reuse them. Safe to run
# concurrently (flock); the marker is written last, so an interrupted install is redone.
set -euo pipefail

JEST_VERSION=30.5.2
JEST_JUNIT_VERSION=17.0.0
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="$REPO_ROOT/.cache/jest"
MARKER="$DIR/.complete-$JEST_VERSION-$JEST_JUNIT_VERSION"

mkdir -p "$REPO_ROOT/.cache"
exec 9>"$REPO_ROOT/.cache/jest.lock"
flock 9
if [[ ! -f "$MARKER" ]]; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  echo '{"name":"signalhouse-test-jest","private":true}' > "$DIR/package.json"
  npm install --prefix "$DIR" --no-audit --no-fund --silent --save-exact "jest@$JEST_VERSION" "jest-junit@$JEST_JUNIT_VERSION" >&2
  touch "$MARKER"
fi
echo "$DIR/node_modules/jest/bin/jest.js"
